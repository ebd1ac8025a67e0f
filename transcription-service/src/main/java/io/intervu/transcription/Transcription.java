package io.intervu.transcription;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A transcribed answer with its measured delivery; JSON columns hold the contract shapes as sent. */
@Entity
@Table(name = "transcription")
public class Transcription extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "owner_id", nullable = false)
    public String ownerId;

    @Column(nullable = false)
    public String transcript;

    @Column(name = "words_json", nullable = false)
    public String wordsJson;

    @Column(name = "duration_seconds", nullable = false)
    public double durationSeconds;

    @Column(name = "speech_detected", nullable = false)
    public boolean speechDetected;

    @Column(nullable = false)
    public String provider;

    @Column(nullable = false)
    public String format;

    @Column(name = "language_code", nullable = false)
    public String languageCode;

    @Column(name = "delivery_json", nullable = false)
    public String deliveryJson;

    @Column(name = "confidence_json")
    public String confidenceJson;

    @Column(name = "fallback_reason")
    public String fallbackReason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
