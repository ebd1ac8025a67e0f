package io.intervu.interview.loop;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.client.LlmChat;
import io.intervu.interview.config.LlmConfig;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.context.ManagedExecutor;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The configured language model (LLM_PROVIDER) proposes follow-up or next for an answer (requests to repeat and
 * non-answers never reach it: the rules handle them). One call, bounded by a deadline (the candidate is waiting;
 * the model client's own timeout may be longer); any failure, lateness or invalid output throws, and the caller
 * uses the offline rules.
 */
@ApplicationScoped
public class LlmFollowUpAdvisor {

    private final LlmChat llm;
    private final ObjectMapper json;
    private final ManagedExecutor executor;
    private final boolean wanted;
    private final Duration deadline;

    public LlmFollowUpAdvisor(LlmChat llm, ObjectMapper json, ManagedExecutor executor, LlmConfig config) {
        this.llm = llm;
        this.json = json;
        this.executor = executor;
        this.wanted = config.followUps();
        this.deadline = config.followUpDeadline();
    }

    public boolean enabled() {
        return wanted && llm.configured();
    }

    String provider() {
        return llm.provider();
    }

    /** A proposal for an answer (the rules have read it as one); throws when the model fails, is late or invalid. */
    Proposal propose(AnswerContext c, Set<String> earlierFollowUps) {
        List<String> usedOpenings = c.earlierPrompts().stream().map(Openings::firstSentence).distinct().toList();
        String user = FollowUpPrompt.user(c.questionText(), c.keyPoints(), c.earlierAnswers(), earlierFollowUps, usedOpenings, c.answer());
        CompletableFuture<String> call = executor.supplyAsync(() -> llm.ask(FollowUpPrompt.system(), user));
        String text;
        try {
            text = call.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            call.cancel(true);
            throw new IllegalStateException("no proposal within " + deadline.toMillis() / 1000.0 + " s");
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the proposal");
        }
        return FollowUpValidator.validate(text, c.keyPoints(), usedOpenings, json, llm.provider());
    }
}
