package io.intervu.report.pdf;

import java.util.Map;

/** Readable names for the rubric's criterion keys; an unknown key is shown as it came. */
final class CriterionLabels {

    private static final Map<String, String> LABELS = Map.of(
            "relevance", "Relevance",
            "technicalDepth", "Technical depth",
            "clarity", "Clarity",
            "roleAlignment", "Role alignment",
            "specificity", "Specificity",
            "structure", "Structure");

    private CriterionLabels() {
    }

    static String label(String key) {
        if (key == null) {
            return "Criterion";
        }
        String known = LABELS.get(key);
        if (known != null) {
            return known;
        }
        // camelCase -> "Camel case"
        return Format.capitalise(key.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase());
    }
}
