package io.intervu.evaluation.service.offline.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fitted offline rubric: one linear model per criterion and one for the overall score, over the
 * features in {@code featureNames} order, fitted by {@link RubricModelFitter} on the graded answer
 * corpus and stored as {@code offline-model/<encoder>.json}. {@code coveredSimilarity} is the
 * encoder similarity from which a key point is reported as covered; {@code typicalError} is the
 * out-of-fold mean absolute error of the overall score (grouped cross-validation), which the
 * evaluation states to the user.
 */
public record RubricModel(String encoder, List<String> featureNames, Map<String, RidgeRegression.Fit> targets,
                          double coveredSimilarity, double typicalError, int trainedOn, String fittedAt) {

    public static final String OVERALL = "overall";
    private static final ObjectMapper JSON = new ObjectMapper();

    public double predict(String target, double[] features) {
        RidgeRegression.Fit fit = targets.get(target);
        if (fit == null) {
            throw new IllegalArgumentException("the model has no target " + target);
        }
        return Math.max(1, Math.min(5, fit.predict(features)));
    }

    /** Each feature's share of a target's prediction (coefficient × standardised value), in feature order. */
    public double[] contributions(String target, double[] features) {
        RidgeRegression.Fit fit = targets.get(target);
        double[] out = new double[featureNames.size()];
        for (int j = 0; j < out.length; j++) {
            out[j] = fit.coefficients()[j] * fit.standardised(features, j);
        }
        return out;
    }

    public static RubricModel load(String encoderKey, List<String> expectedFeatures) {
        String resource = "/offline-model/" + encoderKey + ".json";
        try (InputStream in = RubricModel.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("no fitted offline model " + resource + " (run the fit command in evaluation-service/README.md)");
            }
            RubricModel model = read(JSON.readTree(in));
            if (!model.featureNames().equals(expectedFeatures)) {
                throw new IllegalStateException(resource + " was fitted on other features " + model.featureNames()
                        + "; refit it (evaluation-service/README.md)");
            }
            return model;
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable " + resource, e);
        }
    }

    static RubricModel read(JsonNode root) {
        List<String> names = JSON.convertValue(root.get("featureNames"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        Map<String, RidgeRegression.Fit> targets = new LinkedHashMap<>();
        double[] means = doubles(root.get("featureMeans"));
        double[] scales = doubles(root.get("featureScales"));
        root.get("targets").properties().forEach(e -> targets.put(e.getKey(), new RidgeRegression.Fit(
                e.getValue().get("intercept").asDouble(), doubles(e.getValue().get("coefficients")), means, scales)));
        return new RubricModel(root.get("encoder").asText(), List.copyOf(names), targets, root.get("coveredSimilarity").asDouble(),
                root.get("typicalError").asDouble(), root.get("trainedOn").asInt(), root.path("fittedAt").asText(""));
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("encoder", encoder);
        root.put("trainedOn", trainedOn);
        root.put("fittedAt", fittedAt);
        root.put("coveredSimilarity", round(coveredSimilarity));
        root.put("typicalError", round(typicalError));
        ArrayNode names = root.putArray("featureNames");
        featureNames.forEach(names::add);
        RidgeRegression.Fit any = targets.values().iterator().next();
        ArrayNode means = root.putArray("featureMeans");
        for (double m : any.means()) {
            means.add(round(m));
        }
        ArrayNode scales = root.putArray("featureScales");
        for (double s : any.scales()) {
            scales.add(round(s));
        }
        ObjectNode t = root.putObject("targets");
        targets.forEach((name, fit) -> {
            ObjectNode node = t.putObject(name);
            node.put("intercept", round(fit.intercept()));
            ArrayNode c = node.putArray("coefficients");
            for (double v : fit.coefficients()) {
                c.add(round(v));
            }
        });
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }
}
