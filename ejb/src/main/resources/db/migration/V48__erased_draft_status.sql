-- Drafts that retention erased were marked withdrawn; they were never applications. They get the
-- status of their own (ERASED), which no count of applications includes.
update grant_application set status = 'ERASED' where status = 'WITHDRAWN' and created_by = 'gallrad';
