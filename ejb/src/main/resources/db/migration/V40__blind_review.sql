-- Blind review (issue 17): evaluators of such a call see no applicant's identity.
alter table funding_call add column blind_review boolean default false not null;
