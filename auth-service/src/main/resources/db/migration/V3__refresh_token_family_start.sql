-- When a refresh-token family (one login) started. Every rotated token carries it, so the family's absolute
-- lifetime (intervu.auth.refresh-family-max-age) still holds once the family's first rows have been purged.
alter table refresh_token add column family_started_at timestamptz;
update refresh_token t set family_started_at = f.started
  from (select family_id, min(created_at) as started from refresh_token group by family_id) f
 where t.family_id = f.family_id;
alter table refresh_token alter column family_started_at set not null;
