-- Spread on a progress report: other municipalities that adopted the project's results or showed
-- interest, each at most once per report version.
create table report_spread (
    report_id bigint not null references progress_report (id),
    organisation_id bigint not null references organisation (id),
    kind varchar(20) not null,
    note varchar(300),
    primary key (report_id, organisation_id)
);
