-- Confident wrong claims a candidate typically makes on the question, served with it so the offline evaluator can
-- recognise an answer that states one (fluent, on topic and wrong). Not paired with the key points, unlike probes.
-- Empty for documents written without them (the format keeps them optional for uploads).
alter table question add column misconceptions text[] not null default '{}';
