package io.intervu.evaluation.service.offline;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every feature the model reads can be put into words: a feature outside all groups would move scores unexplained. */
class JustificationsTest {

    @Test
    void everyFeatureBelongsToAnEvidenceGroup() {
        List<String> unexplained = new ArrayList<>();
        for (String feature : AnswerFeatures.NAMES) {
            if (Justifications.groupOf(feature) == null) {
                unexplained.add(feature);
            }
        }
        assertEquals(List.of(), unexplained);
    }
}
