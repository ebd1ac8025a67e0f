package io.intervu.interview.plan;

import io.intervu.interview.analysis.Analysis;
import io.intervu.interview.analysis.TopicVocabulary;
import io.intervu.interview.client.KnowledgeDtos;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Builds a plan from the knowledge base's question bank without any LLM: questions are matched to
 * the focus topics and the role, mixed by the role's profile, varied by topic, and completed by
 * one project deep-dive from the resume.
 */
public final class OfflinePlanner {

    private OfflinePlanner() {
    }

    /** How many technical, scenario and behavioural questions a plan of {@code n} non-project questions has. */
    static int[] mix(String profile, int n) {
        double scenarioShare = "sre".equals(profile) ? 0.4 : 0.3;
        int behavioural = n >= 3 ? Math.max(1, (int) Math.round(n * 0.2)) : 0;
        int scenario = Math.min(n - behavioural, (int) Math.round(n * scenarioShare));
        int technical = n - behavioural - scenario;
        return new int[]{technical, scenario, behavioural};
    }

    public static List<PlannedQuestion> plan(Analysis analysis, int questionCount, List<KnowledgeDtos.BankQuestion> bank,
                                             List<KnowledgeDtos.SearchHit> context, List<KnowledgeDtos.BankQuestion> fallbackBank,
                                             long seed) {
        Random random = new Random(seed);
        List<String> focus = analysis.focusTopics();
        Set<String> relevantDocuments = new HashSet<>();
        context.forEach(hit -> relevantDocuments.add(hit.documentId()));
        int nonProject = Math.max(0, questionCount - 1);
        int[] mix = mix(analysis.roleProfile(), nonProject);

        List<KnowledgeDtos.BankQuestion> pool = new ArrayList<>(bank);
        Collections.shuffle(pool, random); // variety among equally good questions
        Set<String> used = new HashSet<>();
        List<PlannedQuestion> technical = pick(pool, "technical", mix[0], analysis, relevantDocuments, used);
        List<PlannedQuestion> scenario = pick(pool, "scenario", mix[1], analysis, relevantDocuments, used);
        List<PlannedQuestion> behavioural = pick(pool, "behavioural", mix[2], analysis, relevantDocuments, used);
        // a thin bank: borrow between technical and scenario, then use the built-in bank
        int missing = nonProject - technical.size() - scenario.size() - behavioural.size();
        if (missing > 0) {
            technical.addAll(pick(pool, "scenario", missing, analysis, relevantDocuments, used));
            missing = nonProject - technical.size() - scenario.size() - behavioural.size();
        }
        if (missing > 0) {
            technical.addAll(pick(pool, "technical", missing, analysis, relevantDocuments, used));
            missing = nonProject - technical.size() - scenario.size() - behavioural.size();
        }
        if (missing > 0) {
            List<KnowledgeDtos.BankQuestion> builtIn = new ArrayList<>(fallbackBank);
            for (String type : List.of("technical", "scenario", "behavioural")) {
                if (missing > 0) {
                    List<PlannedQuestion> extra = pick(builtIn, type, missing, analysis, relevantDocuments, used);
                    (type.equals("behavioural") ? behavioural : technical).addAll(extra);
                    missing -= extra.size();
                }
            }
        }

        String projectTopic = projectTopic(analysis);
        List<PlannedQuestion> ordered = new ArrayList<>();
        int t = 0;
        int s = 0;
        while (t < technical.size() || s < scenario.size()) {
            if (t < technical.size()) {
                ordered.add(technical.get(t++));
            }
            if (s < scenario.size()) {
                ordered.add(scenario.get(s++));
            }
        }
        ordered.add(Math.min(1, ordered.size()), ProjectQuestionComposer.compose(analysis, projectTopic));
        ordered.addAll(behavioural);
        return ordered.subList(0, Math.min(ordered.size(), questionCount));
    }

    private static String projectTopic(Analysis analysis) {
        return analysis.focusTopics().isEmpty() ? "system-design" : analysis.focusTopics().get(0);
    }

    private static List<PlannedQuestion> pick(List<KnowledgeDtos.BankQuestion> pool, String type, int count, Analysis analysis,
                                              Set<String> relevantDocuments, Set<String> used) {
        List<PlannedQuestion> picked = new ArrayList<>();
        if (count <= 0) {
            return picked;
        }
        boolean behavioural = type.equals("behavioural");
        List<String> topicOrder = new ArrayList<>(behavioural ? List.of("conflict", "failure", "leadership", "teamwork",
                "communication", "prioritisation", "behavioural") : analysis.focusTopics());
        if (!behavioural) {
            for (String topic : TopicVocabulary.profileTopics(analysis.roleProfile())) {
                if (!topicOrder.contains(topic)) {
                    topicOrder.add(topic);
                }
            }
        }
        Set<String> coveredTopics = new LinkedHashSet<>();
        // rounds over the topics: one question per topic before any topic gets a second
        boolean progress = true;
        while (picked.size() < count && progress) {
            progress = false;
            for (String topic : topicOrder) {
                if (picked.size() >= count) {
                    break;
                }
                if (coveredTopics.contains(topic) && coveredTopics.size() < topicOrder.size()) {
                    continue;
                }
                KnowledgeDtos.BankQuestion best = pool.stream()
                        .filter(q -> type.equals(q.type()) && q.question() != null && !used.contains(key(q)))
                        .filter(q -> q.topics() != null && q.topics().contains(topic))
                        .filter(q -> fitsRole(q, analysis.roleProfile()))
                        .max(Comparator.comparingInt(q -> score(q, analysis, relevantDocuments)))
                        .orElse(null);
                if (best != null) {
                    used.add(key(best));
                    coveredTopics.add(topic);
                    picked.add(toPlanned(best, topic, analysis, relevantDocuments));
                    progress = true;
                }
            }
            if (!progress && coveredTopics.size() < topicOrder.size()) {
                coveredTopics.addAll(topicOrder); // every topic had its turn: allow repeats
                progress = true;
            }
        }
        return picked;
    }

    private static boolean fitsRole(KnowledgeDtos.BankQuestion q, String profile) {
        return q.roles() == null || q.roles().isEmpty() || q.roles().contains(profile) || q.roles().contains("any");
    }

    private static int score(KnowledgeDtos.BankQuestion q, Analysis analysis, Set<String> relevantDocuments) {
        int score = 0;
        if (q.documentId() != null && relevantDocuments.contains(q.documentId())) {
            score += 3;
        }
        String d = q.difficulty() == null ? "medium" : q.difficulty();
        String seniority = analysis.seniority() == null ? "mid" : analysis.seniority();
        score += switch (seniority) {
            case "junior" -> d.equals("easy") ? 2 : d.equals("medium") ? 1 : 0;
            case "mid" -> d.equals("medium") ? 2 : 1;
            default -> d.equals("hard") ? 2 : d.equals("medium") ? 1 : 0;
        };
        for (String topic : q.topics()) {
            if (analysis.focusTopics().contains(topic)) {
                score++;
            }
        }
        return score;
    }

    private static String key(KnowledgeDtos.BankQuestion q) {
        return q.ref() != null ? q.ref() : q.question();
    }

    /**
     * The bank question as written, with its misconceptions: they are wrong claims about exactly this question and
     * these key points, which this planner asks unchanged (Gemini may reword both, so its plan carries none).
     */
    private static PlannedQuestion toPlanned(KnowledgeDtos.BankQuestion q, String topic, Analysis analysis, Set<String> relevantDocuments) {
        String difficulty = PlannedQuestion.DIFFICULTIES.contains(q.difficulty()) ? q.difficulty() : "medium";
        return new PlannedQuestion(q.type(), topic, difficulty, q.question(),
                q.keyPoints() == null ? List.of() : List.copyOf(q.keyPoints()),
                rationale(q.type(), topic, analysis, relevantDocuments.contains(q.documentId())),
                q.documentId(), q.documentTitle(), q.ref(), List.of(), List.of(), misconceptions(q));
    }

    private static List<String> misconceptions(KnowledgeDtos.BankQuestion q) {
        return q.misconceptions() == null ? List.of()
                : q.misconceptions().stream().filter(m -> m != null && !m.isBlank()).map(String::strip).toList();
    }

    static String rationale(String type, String topic, Analysis analysis, boolean retrieved) {
        Map<String, Integer> emphasis = analysis.jobEmphasis();
        Map<String, Integer> evidence = analysis.resumeEvidence();
        String why;
        if (type.equals("behavioural")) {
            why = "Behavioural question (" + topic + ") for a " + analysis.seniority() + " " + analysis.roleProfile() + " role.";
        } else if (emphasis.containsKey(topic) && evidence.containsKey(topic)) {
            why = "The job description emphasises " + topic + " and the resume shows experience with it.";
        } else if (emphasis.containsKey(topic)) {
            why = "The job description emphasises " + topic + "; the resume does not show it yet.";
        } else {
            why = topic + " is core to a " + analysis.roleProfile() + " role.";
        }
        return retrieved ? why + " Retrieved as relevant by the knowledge base search." : why;
    }
}
