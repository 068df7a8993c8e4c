-- Van werk naar werk: a werkende whose job is at risk follows a route of its own, a trajectory
-- (wc_traject, with the person's BSN in wc_werkzoekende as every trajectory) plus what only this
-- route knows: who announced it, the employer (KvK-nummer) and the ontslagdatum, the collective
-- announcement it came in with, and how it ended. The engine holds the ontslagdatum as a routing
-- fact (its deadline timer); the employer and the announcement live here only.
create table wc_werk_naar_werk (
    traject_id      uuid          primary key references wc_traject (id),
    melder          varchar(20)   not null
        check (melder in ('PERSOON', 'SOCIALE_PARTNERS', 'WERKGEVER')),
    kvk_nummer      varchar(8),
    ontslagdatum    date          not null,
    collectief_id   uuid,
    uitkomst        varchar(30)
        check (uitkomst in ('NIEUW_WERK', 'ONTSLAGEN_ZONDER_WERK', 'BEEINDIGD')),
    aangemeld_op    timestamp with time zone not null,
    afgerond_op     timestamp with time zone
);
create index wc_werk_naar_werk_collectief on wc_werk_naar_werk (collectief_id);
