create table revocation (referral_id text primary key, member_id text not null);
