-- A follow-up turn records which key point it probes and who proposed it (gemini or the offline rules),
-- so later follow-ups never probe the same point twice and the record says why it was asked.
alter table turn add column probed_key_point text;
alter table turn add column proposed_by varchar(20);
alter table turn add column follow_up_reason text;
