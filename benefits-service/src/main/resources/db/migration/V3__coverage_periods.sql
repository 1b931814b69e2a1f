-- A member's coverage is a series of periods (coverage gaps, a plan change mid-year), one per effective_from.
alter table coverage drop constraint coverage_pkey;
alter table coverage add primary key (member_id, effective_from);
