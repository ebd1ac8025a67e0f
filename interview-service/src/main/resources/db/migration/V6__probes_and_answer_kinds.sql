-- The follow-up policy asks a prepared question's probes (probes[i] invites the candidate to show key_points[i]
-- without stating it) instead of reading the key point out; neighbours are the texts of the other questions of the
-- same knowledge document, published with each answer so the evaluator can tell an answer to this question from one
-- to a neighbouring question. Both JSON arrays of strings, like key_points; '[]' for plans made before.
alter table prepared_question add column probes text not null default '[]';
alter table prepared_question add column neighbours text not null default '[]';

-- What an interviewer turn made by the follow-up policy does (probe, rephrase, repeat, clarify; null otherwise),
-- so a question is rephrased at most once and repeated a bounded number of times.
alter table turn add column move varchar(20);
-- What the reply was: answer, non-answer or clarification-request (null = answer, as before). A request to repeat
-- or clarify is kept in the transcript but is not the answer: it is neither published nor evaluated.
alter table turn add column answer_kind varchar(30);
