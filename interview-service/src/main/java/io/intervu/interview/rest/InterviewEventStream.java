package io.intervu.interview.rest;

import io.intervu.interview.service.InterviewQueries;
import io.smallrye.mutiny.Multi;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Server-sent events for one interview: "state", "message" (next message ready) and "report".
 * It watches the database, not this process's memory, so it sees changes made by any replica.
 */
@ApplicationScoped
public class InterviewEventStream {

    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration MAX_OPEN = Duration.ofHours(2);

    private final InterviewQueries queries;

    public InterviewEventStream(InterviewQueries queries) {
        this.queries = queries;
    }

    public Multi<OutboundSseEvent> open(UUID id, String userId, Sse sse) {
        InterviewQueries.Snapshot first = queries.snapshot(id, userId); // 404 before the stream opens
        AtomicReference<InterviewQueries.Snapshot> last = new AtomicReference<>();
        Multi<InterviewQueries.Snapshot> snapshots = Multi.createBy().concatenating().streams(
                Multi.createFrom().item(first),
                Multi.createFrom().ticks().every(POLL).map(tick -> queries.snapshot(id, userId)));
        return snapshots
                .select().where(s -> !Objects.equals(s, last.get()))
                .onItem().transformToIterable(s -> changes(last.getAndSet(s), s, sse))
                .select().first(MAX_OPEN)
                .onFailure().recoverWithCompletion();
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
