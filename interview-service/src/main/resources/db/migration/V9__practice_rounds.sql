-- A practice round asks one question of a finished interview again: which interview and which question.
alter table interview add column practice_of_interview uuid;
alter table interview add column practice_of_question uuid;
