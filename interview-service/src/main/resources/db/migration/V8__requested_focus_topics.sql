-- Topics the candidate chose to practise when starting (comma-separated knowledge-base tags), or null:
-- the job description decides the focus.
alter table interview add column requested_topics text;
