package io.intervu.interview.plan;

import io.intervu.interview.analysis.Analysis;
import io.intervu.interview.analysis.TopicVocabulary;
import io.intervu.interview.client.DownstreamException;
import io.intervu.interview.client.KnowledgeBase;
import io.intervu.interview.client.KnowledgeDtos;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Prepares the plan: context and candidate questions from rag-service (several queries built from
 * role and topics), then the language model when configured, else (or on invalid output) the offline planner.
 * When rag-service is unreachable the built-in bank keeps the interview possible; the notes say so.
 */
@ApplicationScoped
public class PlanService {

    private static final Logger LOG = Logger.getLogger(PlanService.class);
    private static final List<String> TYPES = List.of("technical", "scenario", "behavioural");

    private final KnowledgeBase knowledge;
    private final BankQuestions bankQuestions;
    private final LlmPlanner model;

    public PlanService(KnowledgeBase knowledge, BankQuestions bankQuestions, LlmPlanner model) {
        this.knowledge = knowledge;
        this.bankQuestions = bankQuestions;
        this.model = model;
    }

    public Plan plan(Analysis analysis, String resume, String jobDescription, int questionCount, long seed, String bearer) {
        List<String> notes = new ArrayList<>();
        List<String> roles = List.of(analysis.roleProfile(), "any");
        Set<String> topics = new LinkedHashSet<>(analysis.focusTopics());
        topics.addAll(TopicVocabulary.BEHAVIOURAL_TOPICS);
        List<KnowledgeDtos.BankQuestion> bank;
        List<KnowledgeDtos.SearchHit> context;
        try {
            bank = knowledge.questions(bearer, List.copyOf(topics), roles, TYPES, 50);
            context = knowledge.search(bearer, queries(analysis), analysis.focusTopics(), roles);
        } catch (DownstreamException | FaultToleranceException e) {
            LOG.warnf("knowledge base unavailable, using the built-in question bank: %s", e.getMessage());
            notes.add("knowledge base unavailable (" + e.getMessage() + "): built-in question bank used");
            bank = bankQuestions.fallback();
            context = List.of();
        }
        if (model.enabled()) {
            Optional<List<PlannedQuestion>> planned = model.plan(analysis, resume, jobDescription, questionCount, bank, context, notes);
            if (planned.isPresent()) {
                return new Plan(BankDetails.attach(planned.get(), bank, bankQuestions.fallback()), model.source(), model.providerName(), notes);
            }
        }
        List<PlannedQuestion> offline = OfflinePlanner.plan(analysis, questionCount, bank, context, bankQuestions.fallback(), seed);
        return new Plan(BankDetails.attach(offline, bank, bankQuestions.fallback()), "offline", "offline", notes);
    }

    /** Several retrieval queries: the role, each focus topic in the role's context, and the seniority's behavioural angle. */
    static List<String> queries(Analysis analysis) {
        List<String> queries = new ArrayList<>();
        queries.add(analysis.role() + " interview questions");
        for (String topic : analysis.focusTopics().subList(0, Math.min(4, analysis.focusTopics().size()))) {
            queries.add(topic.replace('-', ' ') + " for a " + analysis.seniority() + " " + analysis.roleProfile() + " engineer");
        }
        queries.add("behavioural interview " + analysis.seniority() + " " + analysis.roleProfile());
        return queries;
    }
}
