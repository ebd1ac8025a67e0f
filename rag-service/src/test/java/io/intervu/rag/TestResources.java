package io.intervu.rag;

import io.intervu.testsupport.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;

/** The real infrastructure every test of this module runs against. */
@QuarkusTestResource(PostgresTestDatabase.class)
public final class TestResources {
    private TestResources() {
    }
}
