package io.intervu.interview.plan;

import io.intervu.interview.analysis.Analysis;

import java.util.List;
import java.util.Locale;

/** The project deep-dive: grounded in a project named in the resume. */
final class ProjectQuestionComposer {

    private static final List<String> KEY_POINTS = List.of(
            "the problem and why it mattered",
            "your own role and decisions",
            "the architecture and key components",
            "trade-offs and alternatives considered",
            "a measurable outcome",
            "what you would do differently today");
    /** One per key point, in the same order: what the interviewer asks when an answer missed that point. */
    static final List<String> PROBES = List.of(
            "Before we get into the design, who was this for, and what would have happened if nobody had built it?",
            "Which parts of that were yours personally, and which calls did you make yourself?",
            "If you sketched it on a whiteboard for me, what boxes would I see and how would data move between them?",
            "What other designs did you weigh, and what did your choice cost you?",
            "How did you know it worked? What changed in the numbers once it shipped?",
            "Knowing what you know now, what would you build differently?");
    /**
     * Confident wrong claims candidates typically make in a project deep-dive, for the evaluator: each contradicts a
     * different key point (own role, measurable outcome, trade-offs, what you would do differently).
     */
    static final List<String> MISCONCEPTIONS = List.of(
            "The project was a success mainly because I made every important decision myself; the rest of the team mostly carried out my plan.",
            "We never really measured the result; everyone could see it was better, so numbers would not have added anything.",
            "There were no real trade-offs: the design we picked was simply the best one, so we did not spend time on alternatives.",
            "The problems we hit came from other teams handing us bad input; on our side I would do everything exactly the same again.");

    private ProjectQuestionComposer() {
    }

    static PlannedQuestion compose(Analysis analysis, String topic) {
        Analysis.Project project = analysis.projects().isEmpty() ? null : analysis.projects().get(0);
        String difficulty = "junior".equals(analysis.seniority()) ? "medium" : "hard";
        if (project == null) {
            return new PlannedQuestion("project", topic, difficulty,
                    "Tell me about the project you are proudest of. Walk me through the problem, the design you chose, "
                            + "the hardest technical decision you made and what you would do differently today.",
                    KEY_POINTS, "Project deep-dive: the resume names no project, so the candidate picks one.", null, null, null,
                    PROBES, List.of(), MISCONCEPTIONS);
        }
        String name = project.name();
        String intro = name.toLowerCase(Locale.ROOT).startsWith("your work as") ? "Let's talk about " + name + "."
                : "Let's talk about " + name + " from your resume.";
        return new PlannedQuestion("project", topic, difficulty,
                intro + " Walk me through the problem it solved, the architecture you chose, the hardest technical "
                        + "decision you made, how you measured the result, and what you would do differently today.",
                KEY_POINTS,
                "Project deep-dive grounded in the resume's " + project.section() + " entry \"" + name + "\".",
                null, null, null, PROBES, List.of(), MISCONCEPTIONS);
    }

    static String projectName(Analysis analysis) {
        return analysis.projects().isEmpty() ? null : analysis.projects().get(0).name();
    }
}
