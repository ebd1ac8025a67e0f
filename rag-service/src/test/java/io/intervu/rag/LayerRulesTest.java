package io.intervu.rag;

import io.intervu.testsupport.LayerRules;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.util.stream.Stream;

/** The layer rules (test-support's {@link LayerRules}) over this service's main classes, one test a rule. */
class LayerRulesTest {

    @TestFactory
    Stream<DynamicTest> layerRules() {
        return LayerRules.tests("io.intervu.rag");
    }
}
