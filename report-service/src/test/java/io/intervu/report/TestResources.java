package io.intervu.report;

import io.intervu.testsupport.KafkaBrokerResource;
import io.intervu.testsupport.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;

/** The real infrastructure every test of this module runs against. */
@QuarkusTestResource(PostgresTestDatabase.class)
@QuarkusTestResource(KafkaBrokerResource.class)
public final class TestResources {
    private TestResources() {
    }
}
