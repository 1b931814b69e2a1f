-- A billed visit that would be refused only because no coverage is known on its date waits here for the member's
-- CoverageActivated (claims and coverage travel on different topics, so either can come first). It is decided when
-- the coverage arrives, or refused (fail closed) once decide_by has passed; the row goes when it is decided.
create table visit_awaiting_coverage (
    claim_id               text        primary key,
    member_id              text        not null,
    authorization_number   text,
    rendering_provider_npi text        not null,
    date_of_service        date        not null,
    procedure_codes        text[]      not null,
    causation_id           uuid        not null,            -- the SessionBilled the answer will reply to
    billed_at              timestamptz not null default now(),
    decide_by              timestamptz not null
);
create index visit_awaiting_coverage_by_member on visit_awaiting_coverage (member_id, billed_at);
create index visit_awaiting_coverage_by_deadline on visit_awaiting_coverage (decide_by);
