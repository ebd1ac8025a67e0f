package io.intervu.interview;

import io.intervu.interview.support.PeerStubs;
import io.intervu.testsupport.KafkaBrokerResource;
import io.intervu.testsupport.PostgresTestDatabase;
import io.quarkus.test.common.QuarkusTestResource;

/** The real infrastructure every test of this module runs against, plus the peers at their HTTP boundary. */
@QuarkusTestResource(PostgresTestDatabase.class)
@QuarkusTestResource(KafkaBrokerResource.class)
@QuarkusTestResource(PeerStubs.class)
public final class TestResources {
    private TestResources() {
    }
}
