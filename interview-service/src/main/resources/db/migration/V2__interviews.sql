-- One interview: intake, analysis, plan bookkeeping and the loop's persisted state.
-- Pending answer columns hold accepted-but-unprocessed work so any replica (or a restart) can finish it.
create table interview (
    id                  uuid primary key,
    user_id             varchar(100) not null,
    status              varchar(30)  not null,
    failure_reason      text,
    start_key           varchar(200),
    candidate_name      varchar(200),
    interviewer_name    varchar(200) not null,
    company             varchar(200),
    role                varchar(200),
    role_profile        varchar(30),
    seniority           varchar(30),
    focus_topics        text,
    analysis            text,
    resume_text         text        not null,
    job_description     text        not null,
    question_count      integer     not null,
    max_follow_ups      integer     not null,
    confidence_opt_in   boolean     not null,
    plan_source         varchar(30),
    llm_provider        varchar(100),
    speech_provider     varchar(30),
    current_ordinal     integer     not null default 0,
    follow_ups_asked    integer     not null default 0,
    current_turn_id     uuid,
    next_seq            integer     not null default 1,
    pending_turn_id     uuid,
    pending_key         varchar(200),
    pending_text        text,
    pending_transcript  text,
    pending_audio       bytea,
    pending_audio_name  varchar(200),
    pending_audio_type  varchar(100),
    pending_since       timestamptz,
    notice              text,
    overall_score       double precision,
    readiness           varchar(50),
    report_id           varchar(100),
    report_url          varchar(300),
    created_at          timestamptz not null,
    started_at          timestamptz,
    completed_at        timestamptz,
    last_activity_at    timestamptz not null,
    updated_at          timestamptz not null,
    version             bigint      not null default 0
);
create index interview_by_user on interview (user_id, created_at desc);
create index interview_open on interview (status, updated_at) where status not in ('COMPLETED', 'FAILED', 'ABANDONED');
create unique index interview_start_key on interview (user_id, start_key) where start_key is not null;

create table prepared_question (
    id                    uuid primary key,
    interview_id          uuid         not null references interview (id) on delete cascade,
    ordinal               integer      not null,
    type                  varchar(30)  not null,
    topic                 varchar(60)  not null,
    difficulty            varchar(20)  not null,
    text                  text         not null,
    key_points            text         not null,
    rationale             text         not null,
    source_document_id    varchar(100),
    source_document_title varchar(300),
    source_question_ref   varchar(200),
    unique (interview_id, ordinal)
);

-- One interviewer message and the candidate's reply to it.
create table turn (
    id                uuid primary key,
    interview_id      uuid        not null references interview (id) on delete cascade,
    seq               integer     not null,
    kind              varchar(20) not null,
    question_id       uuid,
    follow_up_index   integer     not null default 0,
    prompt            text        not null,
    asked_at          timestamptz not null,
    answer_id         uuid,
    answer_key        varchar(200),
    answer_text       text,
    answer_source     varchar(20),
    answer_provider   varchar(30),
    transcription_id  varchar(100),
    duration_seconds  double precision,
    speech_detected   boolean,
    delivery          text,
    confidence        text,
    answered_at       timestamptz,
    unique (interview_id, seq)
);
create index turn_by_interview on turn (interview_id, seq);
