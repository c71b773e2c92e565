-- Calls get a lifecycle (driven by the funding-call process), texts in two languages and the rules
-- applicants must meet. Calls that existed before were already open to applicants.
alter table funding_call add column status varchar(20) default 'OPEN' not null;
alter table funding_call add column title_en varchar(200);
alter table funding_call add column description_sv varchar(8000);
alter table funding_call add column description_en varchar(8000);
alter table funding_call add column min_co_funding_share numeric(5, 2) default 0 not null;
alter table funding_call add column min_partners integer default 1 not null;
alter table funding_call add column max_partners integer default 10 not null;
alter table funding_call add column grace_minutes integer default 0 not null;
alter table funding_call add column copied_from_id bigint references funding_call (id);

create table call_eligible_kind (
    call_id bigint not null references funding_call (id),
    kind varchar(20) not null,
    primary key (call_id, kind)
);
insert into call_eligible_kind (call_id, kind) select id, 'MUNICIPALITY' from funding_call;

create table call_reporting_period (
    call_id bigint not null references funding_call (id),
    period_number integer not null,
    ends_on date not null,
    primary key (call_id, period_number)
);

alter table application_partner add column answered_by varchar(100);
alter table application_partner add column answered_at timestamp(6) with time zone;
alter table application_partner add column answer_comment varchar(1000);
alter table application_partner add column respond_by timestamp(6) with time zone;
