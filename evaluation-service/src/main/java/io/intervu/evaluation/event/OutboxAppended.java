package io.intervu.evaluation.event;

import java.util.UUID;

/** Fired when an event joins the outbox; observed after commit to wake the relay. */
public record OutboxAppended(UUID eventId) {
}
