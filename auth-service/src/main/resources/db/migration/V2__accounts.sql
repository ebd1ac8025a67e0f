-- Accounts, one-time tokens (email confirmation, password reset), refresh tokens, login throttling.
create table user_account (
    id                  uuid primary key,
    username            varchar(40)  not null,
    email               varchar(254) not null,
    password_hash       varchar(100) not null,
    email_confirmed     boolean      not null default false,
    admin               boolean      not null default false,
    created_at          timestamptz  not null,
    confirmed_at        timestamptz,
    password_changed_at timestamptz  not null
);
-- uniqueness ignores case: "Alice" and "alice" are the same account
create unique index user_account_username_ci on user_account (lower(username));
create unique index user_account_email_ci on user_account (lower(email));

-- Only the SHA-256 of a token is stored; the raw value exists only in the mail.
create table one_time_token (
    id          uuid primary key,
    user_id     uuid        not null references user_account (id) on delete cascade,
    purpose     varchar(20) not null,
    token_hash  char(64)    not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index one_time_token_user on one_time_token (user_id, purpose);

-- A family is one login's chain of rotated refresh tokens; reuse of a used one revokes the family.
create table refresh_token (
    id          uuid primary key,
    user_id     uuid        not null references user_account (id) on delete cascade,
    family_id   uuid        not null,
    token_hash  char(64)    not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz,
    revoked_at  timestamptz
);
create index refresh_token_family on refresh_token (family_id);
create index refresh_token_user on refresh_token (user_id);

-- Failed-login counters per account and per client address, within a sliding window.
create table login_throttle (
    throttle_key      varchar(100) primary key,
    failures          integer     not null,
    window_started_at timestamptz not null,
    blocked_until     timestamptz
);
