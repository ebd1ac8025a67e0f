package io.intervu.evaluation.service;

import io.intervu.evaluation.config.EvaluationConfig;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;

/** Finds completed interviews still waiting for evaluations after the grace period and assesses them as they are. */
@ApplicationScoped
public class AssessmentSweeper {

    private static final Logger LOG = Logger.getLogger(AssessmentSweeper.class);

    private final AssessmentService assessments;
    private final EvaluationConfig config;
    private final EntityManager em;

    public AssessmentSweeper(AssessmentService assessments, EvaluationConfig config, EntityManager em) {
        this.assessments = assessments;
        this.config = config;
        this.em = em;
    }

    @Scheduled(every = "${intervu.evaluation.assessment-sweep-interval:60s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        try {
            for (String interviewId : overdue()) {
                assessments.assessOverdue(interviewId);
            }
        } catch (RuntimeException e) {
            LOG.warnf("assessment sweep failed, will retry: %s", e.getMessage());
        }
    }

    @SuppressWarnings("unchecked")
    List<String> overdue() {
        OffsetDateTime before = OffsetDateTime.now().minus(config.assessmentGrace());
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "select c.interview_id from interview_completion c where c.received_at < :before "
                                + "and not exists (select 1 from interview_assessment a where a.interview_id = c.interview_id) "
                                + "order by c.received_at limit 20")
                .setParameter("before", before)
                .getResultList());
    }
}
