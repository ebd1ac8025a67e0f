-- One report per interview: metadata here, the PDF bytes and the payload it was rendered from
-- in report_content so listing reports never reads the PDFs.
create table report (
    id              uuid         primary key,
    interview_id    varchar(100) not null,
    user_id         varchar(100) not null,
    title           varchar(400) not null,
    page_count      integer      not null,
    size_bytes      bigint       not null,
    sha256          char(64)     not null,
    generated_at    timestamptz  not null,
    source_event_id varchar(100) not null,
    revision        integer      not null default 1,
    constraint report_one_per_interview unique (interview_id)
);
create index report_by_user on report (user_id, generated_at desc);

create table report_content (
    report_id      uuid  primary key references report (id) on delete cascade,
    pdf            bytea not null,
    -- the evaluation.interview-assessed data, kept so an admin can regenerate the PDF
    source_payload text  not null
);
