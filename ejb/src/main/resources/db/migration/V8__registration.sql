-- Municipality users may register themselves; an administrator approves them before they can sign in.
alter table app_user add column registration varchar(20);
alter table app_user add column registered_at timestamp(6) with time zone;
alter table app_user add column decision_note varchar(500);
