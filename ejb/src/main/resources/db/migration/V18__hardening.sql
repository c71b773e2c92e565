-- A mail's body is kept only while it is needed: one that carries a secret (an invitation or
-- password-reset link) until it is delivered, any other for the retention period after sending.
alter table outbox_message alter column body drop not null;
alter table outbox_message add column carries_secret boolean not null default false;
alter table outbox_message add column body_erased_at timestamp(6) with time zone;
-- links already sent lose their text now
update outbox_message set carries_secret = true where body like '%token=%';
update outbox_message set body = null, body_erased_at = current_timestamp where carries_secret = true and sent_at is not null;
