-- The portal's view of each member's massage benefit (issue 16 item 1, decision 0081):
-- one document per member, folded from the events this service consumes, replaced in the consumer's unit of
-- work so it moves with the inbox and never counts an event twice.
create table member_overview (
    member_id   text        primary key,
    overview    jsonb       not null,
    updated_at  timestamptz not null default now()
);
