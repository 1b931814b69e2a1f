-- claims-service: a rendering provider's credentials (issue 19 item 1, decision 0060). Replacing a provider replaces
-- all its rows in one transaction (PUT /providers/{npi}); a provider registered without credentials has no rows here
-- and is paid as before unless medmassage.claims.credentials.required is set.

-- NUCC taxonomies in the order given: position 1 is the primary one (837P 2310B PRV03).
create table provider_taxonomy (
    npi            text not null references provider (npi) on delete cascade,
    position       int  not null check (position >= 1),
    taxonomy_code  text not null check (taxonomy_code ~ '^[0-9]{3}[0-9A-Z]{6}X$'),
    primary key (npi, position)
);

-- Where the provider practises: its state is the state of service a licence must be valid in.
create table provider_practice_address (
    npi          text primary key references provider (npi) on delete cascade,
    line1        text not null,
    city         text not null,
    state        text not null check (state ~ '^[A-Z]{2}$'),
    postal_code  text not null
);

-- State licences, valid from valid_from to valid_to inclusive (null: open-ended).
create table provider_licence (
    npi             text not null references provider (npi) on delete cascade,
    position        int  not null check (position >= 1),
    licence_type    text not null,
    licence_number  text not null,
    state           text not null check (state ~ '^[A-Z]{2}$'),
    valid_from      date not null,
    valid_to        date check (valid_to is null or valid_to >= valid_from),
    primary key (npi, position)
);

-- Credentialing with the payer as a history: the status on a date is the latest entry effective on or before it.
create table provider_credentialing (
    npi             text not null references provider (npi) on delete cascade,
    effective_from  date not null,
    status          text not null check (status in ('CREDENTIALED', 'PENDING', 'TERMINATED')),
    primary key (npi, effective_from)
);

-- The rendering provider's primary taxonomy on the date of service, carried to SessionBilled and CostShareRequested.
alter table claim add column rendering_provider_taxonomy text;
