-- Issue 14, item 1: the reviewer's queue and decisions.
-- reason_code: the code of a denial's specific reason (CMS-0057-F, RULEBOOK §6.3), the rulebook ID it rests on;
--   null on denials stored before this migration and on every other status.
-- decided_by, review_note: the reviewer's subject (from their token) and rationale when a person decided a pended
--   request; both null when the rules decided it.
alter table prior_authorization
    add column reason_code text,
    add column decided_by  text,
    add column review_note text,
    add constraint review_is_whole check ((decided_by is null) = (review_note is null));

-- the queue: pended requests, oldest deadline first (PA-02)
create index prior_authorization_pended_by_due on prior_authorization (due_at, received_at)
    where status = 'PENDED';
