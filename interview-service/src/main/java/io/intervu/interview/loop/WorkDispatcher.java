package io.intervu.interview.loop;

import io.intervu.interview.InterviewStatus;
import io.intervu.interview.config.InterviewConfig;
import io.intervu.interview.repository.InterviewRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Runs accepted work (preparation, answer processing) off the request thread right after commit,
 * and sweeps for work that no process finished (a crash, a restart) or interviews left idle.
 * The user's bearer token lives only in memory: work resumed by the sweeper calls peers with the service's own token.
 */
@ApplicationScoped
public class WorkDispatcher {

    private static final Logger LOG = Logger.getLogger(WorkDispatcher.class);

    private final ManagedExecutor executor;
    private final Preparation preparation;
    private final AnswerProcessor answers;
    private final LoopTransitions transitions;
    private final InterviewRepository interviews;
    private final InterviewConfig config;

    public WorkDispatcher(ManagedExecutor executor, Preparation preparation, AnswerProcessor answers,
                          LoopTransitions transitions, InterviewRepository interviews, InterviewConfig config) {
        this.executor = executor;
        this.preparation = preparation;
        this.answers = answers;
        this.transitions = transitions;
        this.interviews = interviews;
        this.config = config;
    }

    public void prepare(UUID id, String bearer) {
        if (config.dispatchAfterCommit()) {
            executor.runAsync(() -> preparation.prepare(id, bearer));
        }
    }

    public void processAnswer(UUID id, String bearer) {
        if (config.dispatchAfterCommit()) {
            executor.runAsync(() -> answers.process(id, bearer));
        }
    }

    @Scheduled(every = "${intervu.interview.sweep-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            delayed = "${intervu.interview.sweep-delay:5s}", skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        OffsetDateTime staleBefore = OffsetDateTime.now().minus(config.staleWorkAfter());
        List<UUID> preparing = QuarkusTransaction.requiringNew().call(() -> interviews.stale(InterviewStatus.PREPARING, staleBefore));
        for (UUID id : preparing) {
            LOG.infof("resuming preparation of interview %s", id);
            run(() -> preparation.prepare(id, null));
        }
        List<UUID> processing = QuarkusTransaction.requiringNew().call(() -> interviews.stale(InterviewStatus.PROCESSING_ANSWER, staleBefore));
        for (UUID id : processing) {
            LOG.infof("resuming answer processing of interview %s", id);
            run(() -> answers.process(id, null));
        }
        OffsetDateTime idleBefore = OffsetDateTime.now().minus(config.inactivityTimeout());
        List<UUID> idle = QuarkusTransaction.requiringNew().call(() -> interviews.inactive(idleBefore));
        for (UUID id : idle) {
            if (transitions.abandon(id, idleBefore)) {
                LOG.infof("interview %s abandoned after inactivity", id);
            }
        }
    }

    private static void run(Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.error("resumed work failed; it will be retried", e);
        }
    }
}
