-- claims-service: a line denied on its own before cost share, kept from saga step 3 (VisitAuthorized) to step 5 where
-- it joins benefits' decisions in the remittance: CO-284 N54 on a code the authorization does not cover while it covers
-- the visit's other codes (PA-05, RULEBOOK Example 6d). Always for the line's full charge.

create table claim_line_denial (
    claim_id     uuid not null,
    line_number  int  not null,
    group_code   text not null check (group_code in ('CO', 'PR', 'OA', 'PI')),
    carc         text not null,
    rarc         text,
    reason       text not null,
    primary key (claim_id, line_number),
    foreign key (claim_id, line_number) references claim_line (claim_id, line_number) on delete cascade
);
