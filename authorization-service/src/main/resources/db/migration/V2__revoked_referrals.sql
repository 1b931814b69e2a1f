-- ReferralRevoked (MN-01): a revoked referral backs no new authorization; null while it stands.
alter table known_referral add column revoked_reason text;
