create table revocation (id bigserial not null, referral_id text primary key, member_id text not null);
