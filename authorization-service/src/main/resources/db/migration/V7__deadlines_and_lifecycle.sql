-- Issue 14 items 2 and 4 (decision 0062): what the clock has already done to a request or an authorization, so a
-- restart or a second instance does it once. Each is set by a conditional update (where ... is null) in the unit of
-- work that appends its event.
-- due_warned_at: AuthDecisionDue (breached false) sent, the deadline being near; breached_at: first found overdue
--   while pended: AuthDecisionDue (breached true) sent and counted in medmassage_authorization_deadlines_breached.
-- expired_at: the window ended on the payer's calendar (AuthExpired when visits were left); exhausted_at: the last
--   approved visit used (AuthExhausted), kept when a visit is given back so it is announced once.
alter table prior_authorization
    add column due_warned_at timestamptz,
    add column breached_at   timestamptz,
    add column expired_at    timestamptz,
    add column exhausted_at  timestamptz;

-- Stored due dates stay as they were computed (15 days in UTC hours before this migration); only new rows use the
-- payer's calendar.

-- Authorizations exhausted before this migration had their AuthExhausted then.
update prior_authorization a set exhausted_at = now()
where status in ('APPROVED', 'PARTIALLY_APPROVED')
  and (select count(*) from visit_consumption v where v.authorization_id = a.authorization_id) >= a.approved_visits;

-- Windows that closed more than a week before this migration are old news to the member: marked without an event.
update prior_authorization set expired_at = now()
where status in ('APPROVED', 'PARTIALLY_APPROVED') and valid_to < current_date - 7;

-- the deadline sweep: pended requests not yet found overdue, by deadline
create index prior_authorization_pended_unbreached on prior_authorization (due_at)
    where status = 'PENDED' and breached_at is null;
-- the expiry sweep: certified authorizations not yet expired, by end of window
create index prior_authorization_certified_unexpired on prior_authorization (valid_to)
    where status in ('APPROVED', 'PARTIALLY_APPROVED') and expired_at is null;
