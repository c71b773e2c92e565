-- an administrator's "send again" (the operations page) gives a given-up mail one more attempt
alter table outbox_message add column attempt_limit integer not null default 12;
