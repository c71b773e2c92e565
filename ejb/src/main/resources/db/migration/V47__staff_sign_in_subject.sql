-- The identity provider's user (issuer and subject, OpenID Connect's stable id) an agency account
-- is linked to at its first staff sign-in: later sign-ins find the account by it, so a changed
-- address at the provider neither loses the account nor lets another provider user take it.
alter table app_user add column sso_issuer varchar(255);
alter table app_user add column sso_subject varchar(255);
create unique index app_user_sso_subject on app_user (sso_issuer, sso_subject);
