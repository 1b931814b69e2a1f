-- Issue 15 item 6 (decision 0071): the patient a letter of medical necessity names (ALT-01), from MemberRegistered
-- on benefit.events; a later announcement replaces it. The name is kept as the letter prints it.
create table member_identity (
    member_id     text        primary key,
    name          text        not null,
    date_of_birth date,
    updated_at    timestamptz not null default now()
);
