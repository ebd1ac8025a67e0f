-- One transcribed answer. The audio itself is not kept: only what was heard and measured.
create table transcription (
    id               uuid primary key,
    owner_id         varchar(100)  not null,
    transcript       text          not null,
    words_json       text          not null,
    duration_seconds double precision not null,
    speech_detected  boolean       not null,
    provider         varchar(20)   not null,
    format           varchar(40)   not null,
    language_code    varchar(20)   not null,
    delivery_json    text          not null,
    confidence_json  text,
    fallback_reason  varchar(500),
    created_at       timestamptz   not null
);
create index transcription_owner_idx on transcription (owner_id);
