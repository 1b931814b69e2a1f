-- Issue 15 item 1 (decision 0069): the payer type of the member's primary health plan sets the PA-02 decision clocks.
-- Null on rows announced before: the configured payer type applies. (V10 is referral sessions, decision 0066.)
alter table member_coverage_terms
    add column payer_type text check (payer_type in ('COMMERCIAL', 'MEDICARE_ADVANTAGE', 'MEDICAID'));
