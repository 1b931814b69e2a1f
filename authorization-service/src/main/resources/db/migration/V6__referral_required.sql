-- Issue 13 item 5, MN-01 (ADR 0057): a plan with referral_required pays no massage line without an active referral.
-- Rows stored before this migration say false: CoverageActivated was read without the flag, so those plans are not
-- checked until their coverage is announced again (every re-announcement replaces the terms).
alter table member_coverage_terms add column referral_required boolean not null default false;

-- the visit check reads a member's referrals on every billed visit of such a plan
create index known_referral_by_member on known_referral (member_id);
