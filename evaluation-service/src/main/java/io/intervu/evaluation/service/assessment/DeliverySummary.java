package io.intervu.evaluation.service.assessment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The interview's delivery metrics averaged over the answers that have them, in the
 * DeliveryMetrics shape: numeric fields averaged, filler counts summed per filler, hedges
 * merged, and each reference metric averaged with its verdict re-derived from its band.
 * A numeric field is averaged over the answers that carry a number for it, so a silent answer's
 * null timeToFirstWordSeconds, or an answer recorded before a field existed, does not count as 0.
 */
final class DeliverySummary {

    private DeliverySummary() {
    }

    static JsonNode average(ObjectMapper json, List<JsonNode> deliveries) {
        if (deliveries.isEmpty()) {
            return json.nullNode();
        }
        ObjectNode out = json.createObjectNode();
        Map<String, double[]> sums = new LinkedHashMap<>();
        boolean speech = false;
        Map<String, Integer> fillers = new TreeMap<>();
        Set<String> hedges = new LinkedHashSet<>();
        Map<String, List<JsonNode>> metrics = new LinkedHashMap<>();
        for (JsonNode d : deliveries) {
            speech |= d.path("speechDetected").asBoolean(false);
            Iterator<Map.Entry<String, JsonNode>> fields = d.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> f = fields.next();
                if (f.getValue().isNumber()) {
                    double[] s = sums.computeIfAbsent(f.getKey(), k -> new double[2]);
                    s[0] += f.getValue().asDouble();
                    s[1]++;
                }
            }
            d.path("fillers").fields().forEachRemaining(f -> fillers.merge(f.getKey(), f.getValue().asInt(), Integer::sum));
            d.path("hedges").forEach(h -> hedges.add(h.asText()));
            d.path("metrics").forEach(m -> metrics.computeIfAbsent(m.path("name").asText(), k -> new ArrayList<>()).add(m));
        }
        out.put("speechDetected", speech);
        sums.forEach((k, s) -> out.put(k, round(s[0] / s[1])));
        ObjectNode fillerNode = out.putObject("fillers");
        fillers.forEach(fillerNode::put);
        ArrayNode hedgeNode = out.putArray("hedges");
        hedges.forEach(hedgeNode::add);
        ArrayNode metricNode = out.putArray("metrics");
        metrics.forEach((name, list) -> {
            ObjectNode m = list.get(0).deepCopy();
            double value = list.stream().mapToDouble(x -> x.path("value").asDouble()).average().orElse(0);
            m.put("value", round(value));
            if (m.path("bandLow").isNumber() && m.path("bandHigh").isNumber()) {
                m.put("verdict", value < m.get("bandLow").asDouble() ? "below" : value > m.get("bandHigh").asDouble() ? "above" : "within");
            }
            metricNode.add(m);
        });
        out.put("answersMeasured", deliveries.size());
        return out;
    }

    private static double round(double v) {
        return Math.round(v * 1000.0) / 1000.0;
    }
}
