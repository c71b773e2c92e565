-- The lists users live on read an organisation's or a call's applications, newest first; with
-- years of history these must not scan the whole table.
create index grant_application_coordinator on grant_application (coordinator_id, created_at);
create index grant_application_call on grant_application (call_id);
create index application_partner_organisation on application_partner (organisation_id);
