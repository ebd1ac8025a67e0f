package io.intervu.interview;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An interview and the loop's current position; every field the loop needs lives here, never in memory. */
@Entity
@Table(name = "interview")
public class Interview extends PanacheEntityBase {

    @Id
    public UUID id;
    @Column(name = "user_id", nullable = false)
    public String userId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public InterviewStatus status;
    @Column(name = "failure_reason")
    public String failureReason;
    @Column(name = "start_key")
    public String startKey;

    @Column(name = "candidate_name")
    public String candidateName;
    @Column(name = "interviewer_name", nullable = false)
    public String interviewerName;
    public String company;
    public String role;
    @Column(name = "role_profile")
    public String roleProfile;
    public String seniority;
    /** JSON array of topic tags. */
    @Column(name = "focus_topics")
    public String focusTopics;

    /** Knowledge-base topics the candidate chose to practise, comma-separated tags, or null: the analysis picks the focus. */
    @Column(name = "requested_topics")
    public String requestedTopics;

    /** For a practice round: the finished interview and the question of it asked again; null otherwise. */
    @Column(name = "practice_of_interview")
    public UUID practiceOfInterview;
    @Column(name = "practice_of_question")
    public UUID practiceOfQuestion;
    /** JSON of the analysis (skills, requirements, projects, evidence) for the record and the UI. */
    public String analysis;
    @Column(name = "resume_text", nullable = false)
    public String resumeText;
    @Column(name = "job_description", nullable = false)
    public String jobDescription;

    @Column(name = "question_count", nullable = false)
    public int questionCount;
    @Column(name = "max_follow_ups", nullable = false)
    public int maxFollowUps;
    @Column(name = "confidence_opt_in", nullable = false)
    public boolean confidenceOptIn;
    @Column(name = "plan_source")
    public String planSource;
    /** JSON array: fallbacks taken while planning, for the record and the report. */
    @Column(name = "plan_notes")
    public String planNotes;
    @Column(name = "llm_provider")
    public String llmProvider;
    @Column(name = "speech_provider")
    public String speechProvider;

    /** Ordinal of the prepared question being asked; 0 while in the greeting. */
    @Column(name = "current_ordinal", nullable = false)
    public int currentOrdinal;
    @Column(name = "follow_ups_asked", nullable = false)
    public int followUpsAsked;
    @Column(name = "current_turn_id")
    public UUID currentTurnId;
    @Column(name = "next_seq", nullable = false)
    public int nextSeq = 1;

    @Column(name = "pending_turn_id")
    public UUID pendingTurnId;
    @Column(name = "pending_key")
    public String pendingKey;
    @Column(name = "pending_text")
    public String pendingText;
    @Column(name = "pending_transcript")
    public String pendingTranscript;
    /** Lazy: polls and transitions never need the recording, only the worker that transcribes it. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "pending_audio")
    public byte[] pendingAudio;
    @Column(name = "pending_audio_name")
    public String pendingAudioName;
    @Column(name = "pending_audio_type")
    public String pendingAudioType;
    @Column(name = "pending_since")
    public OffsetDateTime pendingSince;
    /** A message for the candidate about the current turn (e.g. audio could not be processed). */
    public String notice;

    @Column(name = "overall_score")
    public Double overallScore;
    public String readiness;
    @Column(name = "report_id")
    public String reportId;
    @Column(name = "report_url")
    public String reportUrl;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
    @Column(name = "started_at")
    public OffsetDateTime startedAt;
    @Column(name = "completed_at")
    public OffsetDateTime completedAt;
    @Column(name = "last_activity_at", nullable = false)
    public OffsetDateTime lastActivityAt;
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
    @Version
    public long version;

    public void clearPending() {
        pendingTurnId = null;
        pendingKey = null;
        pendingText = null;
        pendingTranscript = null;
        pendingAudio = null;
        pendingAudioName = null;
        pendingAudioType = null;
        pendingSince = null;
    }
}
