package io.intervu.interview.rest;

import io.intervu.interview.loop.InterviewChangeSignals;
import io.intervu.interview.loop.ReplicaChangeListener;
import io.intervu.interview.service.InterviewQueries;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/**
 * Server-sent events for one interview: "state", "message" (next message ready), "report", and a
 * "heartbeat" when nothing changed for a while (so proxies keep the connection open). It reads the
 * database, not this process's memory, so it sees changes made by any replica: at once when the
 * change commits (InterviewChangeSignals, fed by other replicas through NOTIFY), else at the next
 * poll. Reading is demand driven (one snapshot after another), so a slow client never makes the
 * stream fail; it ends once the interview can change no more.
 */
@ApplicationScoped
public class InterviewEventStream {

    private static final Logger LOG = Logger.getLogger(InterviewEventStream.class);
    static final Duration POLL = Duration.ofMillis(500);
    static final Duration HEARTBEAT_AFTER = Duration.ofSeconds(15);
    private static final Duration MAX_OPEN = Duration.ofHours(2);
    private static final Set<String> FINAL = Set.of("FAILED", "ABANDONED");

    private final InterviewQueries queries;
    private final InterviewChangeSignals signals;
    private final ReplicaChangeListener replicas;

    public InterviewEventStream(InterviewQueries queries, InterviewChangeSignals signals, ReplicaChangeListener replicas) {
        this.queries = queries;
        this.signals = signals;
        this.replicas = replicas;
    }

    public Multi<OutboundSseEvent> open(UUID id, String userId, Sse sse) {
        Watch watch = new Watch();
        watch.change = signals.nextChange(id); // taken before each read, so no change slips between read and wait
        InterviewQueries.Snapshot first = queries.snapshot(id, userId); // 404 before the stream opens
        Multi<InterviewQueries.Snapshot> later = Multi.createBy().repeating()
                // the timeout fires on an event-loop thread; the database is read on a worker thread
                .uni(() -> Uni.createFrom().completionStage(watch.change).ifNoItem().after(replicas.recheckInterval(POLL)).recoverWithItem(() -> null)
                        .emitOn(Infrastructure.getDefaultWorkerPool())
                        .onItem().transform(nothing -> {
                            watch.change = signals.nextChange(id);
                            return queries.snapshot(id, userId);
                        }))
                .whilst(s -> !over(s));
        Multi<InterviewQueries.Snapshot> snapshots = over(first) ? Multi.createFrom().item(first)
                : Multi.createBy().concatenating().streams(Multi.createFrom().item(first), later);
        return snapshots
                .onItem().transformToIterable(s -> watch.events(s, sse))
                .select().first(MAX_OPEN)
                .onFailure().invoke(e -> LOG.debugf("event stream of interview %s ended: %s", id, e.toString()))
                .onFailure().recoverWithCompletion();
    }

    /** Nothing more can happen: the interview failed or was abandoned, or it is complete and its report is out. */
    static boolean over(InterviewQueries.Snapshot s) {
        return FINAL.contains(s.status()) || ("COMPLETED".equals(s.status()) && s.reportId() != null);
    }

    /** The last snapshot seen by one stream and when it last sent an event. */
    private static final class Watch {
        private volatile CompletableFuture<Void> change;
        private InterviewQueries.Snapshot last;
        private Instant lastSent = Instant.now();

        List<OutboundSseEvent> events(InterviewQueries.Snapshot now, Sse sse) {
            List<OutboundSseEvent> events = changes(last, now, sse);
            last = now;
            Instant time = Instant.now();
            if (events.isEmpty() && !time.isBefore(lastSent.plus(HEARTBEAT_AFTER))) {
                events = List.of(event(sse, "heartbeat", Map.of("status", now.status())));
            }
            if (!events.isEmpty()) {
                lastSent = time;
            }
            return events;
        }
    }

    private static List<OutboundSseEvent> changes(InterviewQueries.Snapshot before, InterviewQueries.Snapshot now, Sse sse) {
        List<OutboundSseEvent> events = new ArrayList<>();
        if (before == null || !Objects.equals(before.status(), now.status())) {
            events.add(event(sse, "state", Map.of("status", now.status())));
        }
        boolean messageReady = now.currentTurnId() != null && !now.status().equals("PREPARING") && !now.status().equals("PROCESSING_ANSWER");
        boolean messageChanged = before == null || !Objects.equals(before.currentTurnId(), now.currentTurnId())
                || "PROCESSING_ANSWER".equals(before.status());
        if (messageReady && messageChanged) {
            events.add(event(sse, "message", Map.of("turnId", now.currentTurnId())));
        }
        if (now.reportId() != null && (before == null || !Objects.equals(before.reportId(), now.reportId()))) {
            events.add(event(sse, "report", Map.of("reportId", now.reportId())));
        }
        return events;
    }

    private static OutboundSseEvent event(Sse sse, String name, Object data) {
        return sse.newEventBuilder().name(name).mediaType(MediaType.APPLICATION_JSON_TYPE).data(data).build();
    }
}
