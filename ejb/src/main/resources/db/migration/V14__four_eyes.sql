-- Grants above a call's limit need a second programme manager's approval before they take effect.
alter table funding_call add column four_eyes_above numeric(15, 2);
alter table funding_decision add column awaiting_approval boolean default false not null;
alter table funding_decision add column approved_by varchar(100);
alter table funding_decision add column approved_at timestamp(6) with time zone;
alter table funding_decision add column letter_language varchar(5) default 'sv' not null;
