-- pgvector: created by a superuser beforehand (deploy/local/up, CI, the test resource); a no-op then.
create extension if not exists vector schema public;
