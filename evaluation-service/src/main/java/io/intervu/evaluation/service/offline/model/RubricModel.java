package io.intervu.evaluation.service.offline.model;

import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.intervu.evaluation.Rubric;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fitted offline rubric: per criterion and for the overall score, a blend of a linear ridge
 * regression and a kernel ridge regression over the features in {@code featureNames} order, fitted by
 * {@link RubricModelFitter} on the graded answer corpus and stored as
 * {@code offline-model/<encoder>.json} (the linear weights, the standardised training answers, each
 * target's kernel weights over them, and the settings the fitter chose). The kernel scores by resemblance
 * to graded answers; the linear share keeps answers unlike the corpus's on a straight trend.
 * {@code coveredSimilarity} is the encoder similarity from which a key point is reported as covered;
 * {@code typicalError} is the out-of-fold mean absolute error of the overall score (grouped
 * cross-validation), which the evaluation states to the user.
 */
public record RubricModel(String encoder, List<String> featureNames, Fitted fitted, double coveredSimilarity,
                          double typicalError, int trainedOn, String fittedAt) {

    public static final String OVERALL = "overall";
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The fitted regressions: the kernel's shared basis, per target its kernel weights and its linear fit (on the
     * basis's standardisation), and the settings chosen by inner cross-validation (the linear share blends them).
     */
    public record Fitted(KernelRidge.Basis basis, Map<String, KernelRidge.Fit> targets, Map<String, RidgeRegression.Fit> linear,
                         RubricModelFitter.Settings settings) {

        /** Every target's unclamped score; the kernel row, the costly part, is computed once for all of them. */
        public Map<String, Double> predictAll(double[] features) {
            double[] row = basis.kernelRow(basis.standardise(features));
            Map<String, Double> out = new LinkedHashMap<>();
            double share = settings.linearShare();
            targets.forEach((target, kernel) -> out.put(target,
                    share * linear.get(target).predict(features) + (1 - share) * kernel.predict(row)));
            return out;
        }
    }

    /** Every target's score on the 1-5 scale, by target name. */
    public Map<String, Double> scores(double[] features) {
        Map<String, Double> out = new LinkedHashMap<>();
        fitted.predictAll(features).forEach((target, score) -> out.put(target, Rubric.onScale(score)));
        return out;
    }

    /**
     * What each group of features adds to each target's score: the score as it is minus the score with that
     * group's features at the corpus average (positive: they raised it). Per target, one value per group.
     */
    public Map<String, double[]> contributions(double[] features, List<List<Integer>> groups) {
        Map<String, Double> actual = fitted.predictAll(features);
        Map<String, double[]> out = new LinkedHashMap<>();
        actual.keySet().forEach(t -> out.put(t, new double[groups.size()]));
        for (int g = 0; g < groups.size(); g++) {
            double[] neutral = features.clone();
            for (int j : groups.get(g)) {
                neutral[j] = fitted.basis().means()[j];
            }
            Map<String, Double> without = fitted.predictAll(neutral);
            for (String t : actual.keySet()) {
                out.get(t)[g] = actual.get(t) - without.get(t);
            }
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
        JsonNode supportNode = root.get("support");
        double[][] support = new double[supportNode.size()][];
        for (int i = 0; i < support.length; i++) {
            support[i] = doubles(supportNode.get(i));
        }
        KernelRidge.Basis basis = new KernelRidge.Basis(doubles(root.get("featureMeans")), doubles(root.get("featureScales")), support,
                root.get("gamma").asDouble(), root.get("linearWeight").asDouble());
        Map<String, KernelRidge.Fit> targets = new LinkedHashMap<>();
        Map<String, RidgeRegression.Fit> linear = new LinkedHashMap<>();
        root.get("targets").properties().forEach(e -> {
            JsonNode t = e.getValue();
            targets.put(e.getKey(), new KernelRidge.Fit(t.get("intercept").asDouble(), doubles(t.get("alphas"))));
            linear.put(e.getKey(), new RidgeRegression.Fit(t.get("linearIntercept").asDouble(), doubles(t.get("linearCoefficients")),
                    basis.means(), basis.scales()));
        });
        return new RubricModel(root.get("encoder").asText(), List.copyOf(names),
                new Fitted(basis, targets, linear, new RubricModelFitter.Settings(root.get("lambda").asDouble(),
                        root.get("linearShare").asDouble(), root.get("widthFactor").asDouble())),
                root.get("coveredSimilarity").asDouble(), root.get("typicalError").asDouble(), root.get("trainedOn").asInt(),
                root.path("fittedAt").asText(""));
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("encoder", encoder);
        root.put("method", "blend of a linear ridge regression and a kernel ridge regression (Gaussian plus linear kernel)");
        root.put("linearShare", fitted.settings().linearShare());
        root.put("widthFactor", fitted.settings().widthFactor());
        root.put("trainedOn", trainedOn);
        root.put("fittedAt", fittedAt);
        root.put("coveredSimilarity", round(coveredSimilarity));
        root.put("typicalError", round(typicalError));
        root.put("gamma", fitted.basis().gamma());
        root.put("linearWeight", fitted.basis().linearWeight());
        root.put("lambda", fitted.settings().lambda());
        ArrayNode names = root.putArray("featureNames");
        featureNames.forEach(names::add);
        array(root.putArray("featureMeans"), fitted.basis().means());
        array(root.putArray("featureScales"), fitted.basis().scales());
        ObjectNode t = root.putObject("targets");
        fitted.targets().forEach((name, fit) -> {
            ObjectNode node = t.putObject(name);
            RidgeRegression.Fit linear = fitted.linear().get(name);
            node.put("linearIntercept", round(linear.intercept()));
            array(node.putArray("linearCoefficients"), linear.coefficients());
            node.put("intercept", round(fit.intercept()));
            array(node.putArray("alphas"), fit.alphas());
        });
        ArrayNode support = root.putArray("support");
        for (double[] row : fitted.basis().support()) {
            array(support.addArray(), row);
        }
        try {
            // Arrays on one line each: the support is hundreds of rows of dozens of numbers.
            return JSON.writer(new DefaultPrettyPrinter().withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance))
                    .writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void array(ArrayNode into, double[] values) {
        for (double v : values) {
            into.add(round(v));
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
