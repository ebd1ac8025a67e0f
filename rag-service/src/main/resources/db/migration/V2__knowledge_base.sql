-- The knowledge base: documents, their chunks with embeddings, and the interview questions they carry.
-- vector lives in schema public (created by a superuser beforehand), hence the qualified names.

-- Which embedding model produced every stored vector; checked at startup (one row).
create table embedding_model (
    id         smallint primary key default 1 check (id = 1),
    name       text        not null,
    dimension  integer     not null,
    updated_at timestamptz not null default now()
);

create table document (
    id           uuid primary key,
    title        text        not null,
    source       text        not null,
    content_hash char(64)    not null unique,   -- sha-256 of the uploaded bytes: re-ingest is a no-op
    media_type   text        not null,
    summary      text,
    topics       text[]      not null default '{}',
    roles        text[]      not null default '{}',
    created_at   timestamptz not null default now()
);
create index document_topics_idx on document using gin (topics);
create index document_roles_idx on document using gin (roles);
create index document_source_idx on document (source);

create table chunk (
    id          uuid primary key,
    document_id uuid        not null references document (id) on delete cascade,
    ordinal     integer     not null,
    text        text        not null,
    token_count integer     not null,
    embedding   public.vector(384) not null,
    metadata    jsonb       not null default '{}',
    unique (document_id, ordinal)
);
-- cosine distance (<=>) is what search orders by; m/ef_construction are pgvector's defaults
create index chunk_embedding_hnsw_idx on chunk using hnsw (embedding public.vector_cosine_ops) with (m = 16, ef_construction = 64);

create table question (
    id          uuid primary key,
    ref         text    not null unique,
    document_id uuid    not null references document (id) on delete cascade,
    ordinal     integer not null,
    type        text    not null check (type in ('technical', 'scenario', 'behavioural')),
    difficulty  text    not null check (difficulty in ('easy', 'medium', 'hard')),
    question    text    not null,
    key_points  text[]  not null,
    topics      text[]  not null default '{}',
    roles       text[]  not null default '{}'
);
create index question_document_idx on question (document_id);
create index question_topics_idx on question using gin (topics);
