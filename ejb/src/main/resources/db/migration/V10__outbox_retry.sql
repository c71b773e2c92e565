-- A failed mail waits longer after each attempt, so an SMTP outage of an hour or two loses nothing.
alter table outbox_message add column next_attempt_at timestamp(6) with time zone;
