-- A question whose answers may hold business secrets (30 kap. 23 § OSL): its answers are masked
-- in the copy a registrar hands out on a public-access request.
alter table form_question add column confidential boolean default false not null;
