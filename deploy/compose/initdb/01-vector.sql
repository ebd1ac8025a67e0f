-- Runs once, as the superuser, when the database volume is created: the rag migration only finds it.
create extension if not exists vector schema public;
