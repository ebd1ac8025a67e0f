package io.intervu.report.pdf;

import io.intervu.report.model.InterviewAssessed;
import io.intervu.report.model.InterviewAssessed.EvaluatorProvenance;
import io.intervu.report.model.InterviewAssessed.Provenance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** How the report was made: which providers and models ran, and where offline fallbacks stood in. */
final class ProvenancePage {

    private ProvenancePage() {
    }

    static void write(ReportContext ctx) {
        ctx.needSpace(320);
        Blocks b = ctx.blocks();
        InterviewAssessed data = ctx.data();
        Provenance p = data.provenance();
        ctx.add(b.spacer(18));
        ctx.add(b.heading("How this report was made", "provenance", "How this report was made", null));

        List<String[]> rows = new ArrayList<>();
        rows.add(new String[]{"Interview plan", p == null || ReportContext.blank(p.plan()) ? "not recorded" : describePlan(p.plan())});
        rows.add(new String[]{"Answer evaluation", evaluators(data)});
        methods(data).forEach(m -> rows.add(new String[]{"What the evaluator can judge", m}));
        rows.add(new String[]{"Speech recognition", p == null || ReportContext.blank(p.speech()) ? "not recorded" : p.speech()});
        if (p != null && p.providers() != null) {
            p.providers().forEach((k, v) -> rows.add(new String[]{Format.capitalise(k), String.valueOf(v)}));
        }
        Set<String> fallbacks = fallbacks(data);
        rows.add(new String[]{"Offline fallbacks", fallbacks.isEmpty() ? "none" : String.join("\n", fallbacks)});
        rows.add(new String[]{"Confidence analysis", ctx.confidenceShown()
                ? "shown: you opted in; coaching only, never part of a score" : "not shown (you did not opt in)"});
        rows.add(new String[]{"Interview id", data.interviewId()});
        rows.add(new String[]{"Generated", Format.dateTime(ctx.generatedAt()) + " by Intervu report-service"});
        ctx.add(b.facts(rows, 28));

        ctx.add(b.label("About the scores"));
        ctx.add(b.muted("Every answer is scored from 1 to 5 on each criterion against a written rubric; the overall score "
                + "averages them. Scores are an automated practice aid, not a hiring decision. Delivery metrics come from "
                + "the timing of your spoken answers, compared with ranges that listeners usually find comfortable."));
        int replaced = ctx.fonts().replacedCharacters();
        if (replaced > 0) {
            ctx.add(b.muted(replaced + " character" + (replaced == 1 ? "" : "s")
                    + " in your answers could not be shown with the report's font and appear as " + ReportFonts.MISSING_GLYPH + "."));
        }
    }

    private static String describePlan(String plan) {
        return switch (plan.toLowerCase()) {
            case "offline" -> "offline planner (curated question bank)";
            case "gemini", "openai-compatible" -> provider(plan) + " (language model)";
            default -> plan;
        };
    }

    /** A language model provider as the reader knows it; other names as recorded. */
    static String provider(String key) {
        return switch (key.toLowerCase()) {
            case "gemini" -> "Gemini";
            case "openai-compatible" -> "OpenAI-compatible model server";
            default -> key;
        };
    }

    /** The provenance of every evaluated turn, in report order. */
    private static List<EvaluatorProvenance> evaluatorProvenances(InterviewAssessed data) {
        List<EvaluatorProvenance> out = new ArrayList<>();
        for (InterviewAssessed.Question q : ReportContext.list(data.questions())) {
            for (InterviewAssessed.Turn t : ReportContext.list(q.turns())) {
                if (t.evaluation() != null && t.evaluation().provenance() != null) {
                    out.add(t.evaluation().provenance());
                }
            }
        }
        return out;
    }

    /** Each evaluator's own statement of what it measures, cannot judge and how far off it typically is, once each. */
    private static Set<String> methods(InterviewAssessed data) {
        Set<String> out = new LinkedHashSet<>();
        for (EvaluatorProvenance ep : evaluatorProvenances(data)) {
            if (!ReportContext.blank(ep.method())) {
                out.add(ep.method());
            }
        }
        return out;
    }

    /** Distinct evaluator (the provider, for a language model) and model pairs, with how many answers each judged. */
    private static String evaluators(InterviewAssessed data) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (EvaluatorProvenance ep : evaluatorProvenances(data)) {
            String name = ReportContext.blank(ep.evaluator()) ? "unknown" : provider(ep.evaluator());
            String key = ReportContext.blank(ep.model()) ? name : name + " (" + ep.model() + ")";
            counts.merge(key, 1, Integer::sum);
        }
        if (counts.isEmpty()) {
            List<String> listed = data.provenance() == null ? List.of() : ReportContext.list(data.provenance().evaluators());
            return listed.isEmpty() ? "not recorded" : String.join(", ", listed);
        }
        List<String> parts = new ArrayList<>();
        counts.forEach((k, n) -> parts.add(k + ": " + n + " answer" + (n == 1 ? "" : "s")));
        return String.join("\n", parts);
    }

    private static Set<String> fallbacks(InterviewAssessed data) {
        Set<String> out = new LinkedHashSet<>();
        if (data.provenance() != null) {
            out.addAll(ReportContext.list(data.provenance().fallbacks()));
        }
        for (EvaluatorProvenance ep : evaluatorProvenances(data)) {
            if (!ReportContext.blank(ep.fallbackReason())) {
                out.add("evaluation: " + ep.fallbackReason());
            }
        }
        return out;
    }
}
