-- One service's database role (psql variables: role, schema, pw, admin, db). Run as the superuser in the
-- application database by ensure-db-roles.sh, once per service, on every start: idempotent.
-- The role logs in, is no superuser, creates no roles or databases, and owns only its schema, so its Flyway
-- migrations run and a bug in it cannot read another service's schema.
set client_min_messages = warning;
select format('create role %I login', :'role')
  where not exists (select 1 from pg_roles where rolname = :'role') \gexec
alter role :"role" with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls password :'pw';
revoke all on database :"db" from public;
grant connect on database :"db" to :"role";
create schema if not exists :"schema" authorization :"role";
alter schema :"schema" owner to :"role";
-- Objects an earlier run created as the shared role move to the service's role. Tables carry their indexes
-- and owned sequences along; a sequence owned by a table cannot be moved on its own.
select format('alter %s %I.%I owner to %I',
              case c.relkind when 'v' then 'view' when 'm' then 'materialized view' when 'S' then 'sequence'
                             when 'f' then 'foreign table' else 'table' end,
              n.nspname, c.relname, :'role')
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
 where n.nspname = :'schema' and c.relkind in ('r', 'p', 'v', 'm', 'f', 'S')
   and pg_get_userbyid(c.relowner) <> :'role'
   and not (c.relkind = 'S' and exists (select 1 from pg_depend d where d.classid = 'pg_class'::regclass
            and d.objid = c.oid and d.deptype in ('a', 'i'))) \gexec
select format('alter routine %s owner to %I', p.oid::regprocedure, :'role')
  from pg_proc p join pg_namespace n on n.oid = p.pronamespace
 where n.nspname = :'schema' and pg_get_userbyid(p.proowner) <> :'role' \gexec
select format('alter type %s owner to %I', t.oid::regtype, :'role')
  from pg_type t join pg_namespace n on n.oid = t.typnamespace
 where n.nspname = :'schema' and t.typtype in ('e', 'd', 'c', 'r')
   and (t.typrelid = 0 or (select relkind from pg_class where oid = t.typrelid) = 'c')
   and pg_get_userbyid(t.typowner) <> :'role' \gexec
-- the admin role (operators, the end-to-end test's erasure checks) reads every schema through membership
grant :"role" to :"admin";
