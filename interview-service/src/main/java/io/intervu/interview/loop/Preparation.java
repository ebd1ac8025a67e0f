package io.intervu.interview.loop;

import io.intervu.interview.Interview;
import io.intervu.interview.InterviewStatus;
import io.intervu.interview.analysis.Analysis;
import io.intervu.interview.analysis.LlmAnalysisRefiner;
import io.intervu.interview.analysis.ProfileAnalyzer;
import io.intervu.interview.plan.Plan;
import io.intervu.interview.plan.PlanService;
import io.intervu.interview.repository.InterviewRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** PREPARING -> READY (or FAILED): analysis and plan run outside transactions, the result lands in one. */
@ApplicationScoped
public class Preparation {

    private static final Logger LOG = Logger.getLogger(Preparation.class);

    private final InterviewRepository interviews;
    private final ProfileAnalyzer analyzer;
    private final LlmAnalysisRefiner refiner;
    private final PlanService planner;
    private final LoopTransitions transitions;

    public Preparation(InterviewRepository interviews, ProfileAnalyzer analyzer, LlmAnalysisRefiner refiner,
                       PlanService planner, LoopTransitions transitions) {
        this.interviews = interviews;
        this.analyzer = analyzer;
        this.refiner = refiner;
        this.planner = planner;
        this.transitions = transitions;
    }

    /** {@code requestedTopics}: the topics the candidate chose to practise; empty when the job description decides. */
    record Input(String resume, String jobDescription, int questionCount, List<String> requestedTopics) {
    }

    public void prepare(UUID id, String bearer) {
        Input input = QuarkusTransaction.requiringNew().call(() -> {
            Interview i = interviews.findById(id);
            return i == null || i.status != InterviewStatus.PREPARING ? null
                    : new Input(i.resumeText, i.jobDescription, i.questionCount,
                    i.requestedTopics == null ? List.of() : List.of(i.requestedTopics.split(",")));
        });
        if (input == null) {
            return;
        }
        try {
            List<String> notes = new ArrayList<>();
            Analysis analysis = analyzer.analyse(input.resume(), input.jobDescription());
            if (refiner.enabled()) {
                analysis = refiner.refine(analysis, input.resume(), input.jobDescription(), notes);
            }
            if (!input.requestedTopics().isEmpty()) {
                // a practice round: the candidate's chosen topics are the focus, whatever the job description stresses
                analysis = analysis.withFocusTopics(input.requestedTopics());
            }
            Plan planned = planner.plan(analysis, input.resume(), input.jobDescription(), input.questionCount(),
                    id.getMostSignificantBits() ^ id.getLeastSignificantBits(), bearer);
            // the analysis' fallbacks are kept with the plan's, in the order they happened
            notes.addAll(planned.notes());
            Plan plan = new Plan(planned.questions(), planned.source(), planned.llmProvider(), List.copyOf(notes));
            if (plan.questions().isEmpty()) {
                transitions.fail(id, "We could not find questions for this role. Please try again later.");
                return;
            }
            transitions.ready(id, analysis, plan);
            LOG.infof("interview %s ready: %d questions, analysis %s, plan %s %s", id, plan.questions().size(), analysis.source(),
                    plan.source(), plan.notes());
        } catch (RuntimeException e) {
            LOG.errorf(e, "preparation of interview %s failed", id);
            transitions.fail(id, "Preparing the interview failed unexpectedly. Please start a new interview.");
        }
    }
}
