-- Confident wrong claims candidates typically make on a prepared question (from the knowledge base's question, or
-- written here for the project deep-dive and the built-in bank), published with each answer so the evaluator can
-- recognise a fluent, on-topic but wrong answer. A JSON array of strings, like key_points; '[]' for a question
-- Gemini wrote and for plans made before.
alter table prepared_question add column misconceptions text not null default '[]';
