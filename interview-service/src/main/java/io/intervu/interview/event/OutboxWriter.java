package io.intervu.interview.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.intervu.interview.OutboxEvent;
import io.intervu.interview.config.OutboxConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Appends an event to the outbox inside the caller's transaction; nothing is sent from here. */
@ApplicationScoped
public class OutboxWriter {

    private final ObjectMapper json;
    private final OutboxConfig config;
    private final Event<OutboxAppended> appended;

    public OutboxWriter(ObjectMapper json, OutboxConfig config, Event<OutboxAppended> appended) {
        this.json = json;
        this.config = config;
        this.appended = appended;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String topic, String key, String type, Object data) {
        UUID id = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("specversion", "1.0");
        envelope.put("id", id.toString());
        envelope.put("source", config.source());
        envelope.put("type", type);
        envelope.put("subject", key);
        envelope.put("time", now.toString());
        envelope.put("datacontenttype", "application/json");
        envelope.put("data", data);

        OutboxEvent event = new OutboxEvent();
        event.id = id;
        event.topic = topic;
        event.eventKey = key;
        event.type = type;
        event.createdAt = now;
        try {
            event.payload = json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("event data is not serialisable: " + type, e);
        }
        event.persist();
        appended.fire(new OutboxAppended(id));
        return id;
    }
}
