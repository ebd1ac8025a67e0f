-- How the plan was made beyond its source: fallbacks taken (rag-service down, invalid LLM output, ...).
alter table interview add column plan_notes text;
