-- One probe per key point (probes[i] invites the candidate to show key_points[i] without stating it), served
-- with the question so the interviewer can follow up without reading the expected answer out.
-- Empty for documents written without probes (the format keeps them optional for uploads).
alter table question add column probes text[] not null default '{}';
alter table question add constraint question_probes_per_key_point
    check (cardinality(probes) = 0 or cardinality(probes) = cardinality(key_points));
