-- An employer's question to the Werkcentrum (werkgeversdienstverlening): who asks (KvK-nummer),
-- where, in which sector, and how it ended. The engine carries only its id (the business key) and
-- routing facts; the report counts questions, filled vacancies and time to fill from here.
create table wc_werkgeversvraag (
    id                  uuid primary key,
    kvk_nummer          varchar(8)   not null,
    werkgever_naam      varchar(200),
    regio               varchar(5)   not null references wc_arbeidsmarktregio (code),
    sector              varchar(20)  not null
        check (sector in ('ZORG', 'ONDERWIJS', 'TECHNIEK', 'KINDEROPVANG', 'VEILIGHEID', 'KLIMAAT',
                          'DIGITAAL', 'OVERIG')),
    kanaal              varchar(20)  not null,
    status              varchar(20)  not null check (status in ('OPEN', 'AFGESLOTEN')),
    uitkomst            varchar(20)  check (uitkomst in ('VERVULD', 'ONTWIKKELPAD', 'AFGESLOTEN')),
    afsluitreden        varchar(40),
    kwalificatie        varchar(4000),
    toelichting         varchar(4000),
    process_instance_id varchar(64),
    ontvangen_op        timestamp with time zone not null,
    afgesloten_op       timestamp with time zone,
    versie              bigint       not null default 0
);
create index wc_werkgeversvraag_regio on wc_werkgeversvraag (regio, status);

-- One or more vacancies per question. vervuld counts the people hired through the Werkcentrum;
-- a vacancy is open while fewer than aantal were hired and its question runs (or took the
-- ontwikkelpad: then it waits for someone trained for it).
create table wc_vacature (
    id                  uuid primary key,
    werkgeversvraag_id  uuid          not null references wc_werkgeversvraag (id),
    volgnummer          integer       not null,
    functie             varchar(200)  not null,
    aantal              integer       not null check (aantal between 1 and 1000),
    uren_per_week       integer       not null check (uren_per_week between 1 and 60),
    startdatum          date,
    eisen               varchar(4000),
    leerbaan_bbl        boolean       not null,
    jobcarving          boolean       not null,
    banenafspraak       boolean       not null,
    ontwikkelpad        boolean       not null default false,
    vervuld             integer       not null default 0 check (vervuld >= 0),
    laatst_vervuld_op   timestamp with time zone,
    unique (werkgeversvraag_id, volgnummer)
);

-- A candidate (a trajectory) proposed for a vacancy: the consulent asks the person, the employer
-- answers. At most one open proposal per trajectory at a time (the query leaves those out).
create table wc_voordracht (
    id             uuid primary key,
    vacature_id    uuid        not null references wc_vacature (id),
    traject_id     uuid        not null references wc_traject (id),
    status         varchar(20) not null
        check (status in ('VOORGEDRAGEN', 'GEWEIGERD', 'INGESTEMD', 'AANGENOMEN', 'AFGEWEZEN')),
    voorgedragen_door varchar(100),
    voorgedragen_op   timestamp with time zone not null,
    beantwoord_op     timestamp with time zone,
    startdatum        date
);
create index wc_voordracht_traject on wc_voordracht (traject_id, status);
create index wc_voordracht_vacature on wc_voordracht (vacature_id);
