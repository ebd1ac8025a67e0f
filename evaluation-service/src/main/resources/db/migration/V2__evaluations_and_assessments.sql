-- One rubric evaluation per recorded answer. The answer event is kept as received because the
-- overall assessment republishes questions, transcripts and delivery metrics for the report.
create table answer_evaluation (
    id             uuid         primary key,
    interview_id   varchar(100) not null,
    user_id        varchar(100) not null,
    answer_id      varchar(100) not null unique,
    turn_id        varchar(100),
    question_id    varchar(100),
    answered       boolean      not null,
    overall_score  numeric(3,1) not null,
    evaluator      varchar(40)  not null,
    answer_event   text         not null,
    evaluation     text         not null,
    answered_at    varchar(40),
    created_at     timestamptz  not null
);
create index answer_evaluation_interview on answer_evaluation (interview_id);
create index answer_evaluation_user on answer_evaluation (user_id);

-- interview.completed as received: the assessment waits for it and for answerCount evaluations.
create table interview_completion (
    interview_id   varchar(100) primary key,
    user_id        varchar(100) not null,
    answer_count   integer      not null,
    payload        text         not null,
    received_at    timestamptz  not null
);
create index interview_completion_user on interview_completion (user_id);

-- Exactly one assessment per interview: the primary key refuses a second one under any race.
create table interview_assessment (
    interview_id   varchar(100) primary key,
    user_id        varchar(100) not null,
    overall_score  numeric(3,1) not null,
    readiness      varchar(40)  not null,
    payload        text         not null,
    created_at     timestamptz  not null
);
create index interview_assessment_user on interview_assessment (user_id);
