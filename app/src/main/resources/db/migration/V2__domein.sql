-- A person, known by BSN. The BSN is kept encrypted; the keyed hash finds a person without
-- decrypting anyone and keeps one row per person.
create table wc_werkzoekende (
    id              uuid primary key,
    bsn_hash        varchar(64)  not null unique,
    bsn_versleuteld varchar(200) not null,
    aangemaakt_op   timestamp with time zone not null
);

-- One trajectory per person at a time: actief_werkzoekende_id equals werkzoekende_id while the
-- trajectory runs and is null once it ended, and a unique constraint allows one non-null value
-- (portable to H2, which has no partial indexes).
create table wc_traject (
    id                     uuid primary key,
    werkzoekende_id        uuid        not null references wc_werkzoekende (id),
    actief_werkzoekende_id uuid        unique references wc_werkzoekende (id),
    regio                  varchar(5)  not null references wc_arbeidsmarktregio (code),
    kanaal                 varchar(20) not null,
    status                 varchar(20) not null,
    fase                   varchar(20) not null,
    fase_sinds             timestamp with time zone not null,
    regiepartner           varchar(20),
    process_instance_id    varchar(64),
    aangemeld_op           timestamp with time zone not null,
    beeindigd_op           timestamp with time zone,
    uitkomst               varchar(20),
    beeindigingsreden      varchar(40),
    versie                 bigint      not null default 0
);
create index wc_traject_regio_status on wc_traject (regio, status);

-- Every sign-up is kept, also the second one of a person that was correlated to the running trajectory.
create table wc_aanmelding (
    id          uuid primary key,
    traject_id  uuid        not null references wc_traject (id),
    kanaal      varchar(20) not null,
    ontvangen_op timestamp with time zone not null,
    herhaald    boolean     not null
);
create index wc_aanmelding_traject on wc_aanmelding (traject_id);

-- Phase history, for lead times per phase.
create table wc_traject_fase (
    id           uuid primary key,
    traject_id   uuid        not null references wc_traject (id),
    fase         varchar(20) not null,
    begonnen_op  timestamp with time zone not null
);
create index wc_traject_fase_traject on wc_traject_fase (traject_id);

-- The werkplan: every change is a new version, with who and when.
create table wc_werkplan (
    id              uuid primary key,
    traject_id      uuid         not null references wc_traject (id),
    versie          integer      not null,
    scholing_nodig  boolean      not null,
    opleiding       varchar(40),
    budget_bedrag   bigint       not null check (budget_bedrag >= 0),
    vastgelegd_door varchar(100),
    vastgelegd_op   timestamp with time zone not null,
    unique (traject_id, versie)
);

create table wc_werkplan_activiteit (
    id           uuid primary key,
    werkplan_id  uuid         not null references wc_werkplan (id),
    volgnummer   integer      not null,
    partner      varchar(20)  not null,
    omschrijving varchar(1000) not null
);
create index wc_werkplan_activiteit_werkplan on wc_werkplan_activiteit (werkplan_id);

-- Ontschot budget: one pot per region per year; its balance is derived from the append-only ledger.
create table wc_budget_pot (
    id     uuid primary key,
    regio  varchar(5) not null references wc_arbeidsmarktregio (code),
    jaar   integer    not null,
    unique (regio, jaar)
);

create table wc_budget_mutatie (
    id          uuid primary key,
    pot_id      uuid        not null references wc_budget_pot (id),
    soort       varchar(20) not null,
    bedrag      bigint      not null check (bedrag > 0),
    financier   varchar(20),
    traject_id  uuid,
    geboekt_op  timestamp with time zone not null,
    geboekt_door varchar(100),
    omschrijving varchar(200)
);
create index wc_budget_mutatie_pot on wc_budget_mutatie (pot_id);
create index wc_budget_mutatie_traject on wc_budget_mutatie (traject_id);
