-- When a period's report may be written, when it is due and when the coordinator is reminded,
-- in whole days around the period's end; per call, copied with it.
alter table funding_call add column report_opens_days_before integer default 30 not null;
alter table funding_call add column report_due_days_after integer default 30 not null;
alter table funding_call add column report_reminder_days_before integer default 7 not null;
