-- What the partners did for a trajectory: referrals, courses and placements, with dates and outcome.
create table wc_verwijzing (
    id          uuid primary key,
    traject_id  uuid        not null references wc_traject (id),
    partner     varchar(20) not null,
    kenmerk     varchar(100),
    verwezen_op timestamp with time zone not null
);
create index wc_verwijzing_traject on wc_verwijzing (traject_id);

create table wc_scholing (
    id                  uuid primary key,
    traject_id          uuid        not null references wc_traject (id),
    opleiding           varchar(40) not null,
    inschrijvingskenmerk varchar(100),
    ingeschreven_op     timestamp with time zone not null,
    verwachte_einddatum varchar(20),
    uitkomst            varchar(20) not null,
    toelichting         varchar(200),
    afgesloten_op       timestamp with time zone
);
create index wc_scholing_traject on wc_scholing (traject_id);

create table wc_plaatsing (
    id            uuid primary key,
    traject_id    uuid         not null references wc_traject (id),
    werkgever     varchar(200) not null,
    functie       varchar(200),
    vacature_id   varchar(100),
    sector        varchar(20),
    startdatum    varchar(20),
    besteed_bedrag bigint      not null,
    geplaatst_op  timestamp with time zone not null
);
create index wc_plaatsing_traject on wc_plaatsing (traject_id);
