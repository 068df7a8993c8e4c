-- What the engine no longer carries: the vacancy the sociale partners proposed for a trajectory (shown
-- to the consulent who confirms the placement) and the caseworkers' notes on their tasks.
create table wc_vacaturevoorstel (
    id             uuid primary key,
    traject_id     uuid         not null references wc_traject (id),
    vacature_id    varchar(100),
    werkgever      varchar(200),
    functie        varchar(200),
    voorgesteld_op timestamp with time zone not null
);
create index wc_vacaturevoorstel_traject on wc_vacaturevoorstel (traject_id, voorgesteld_op);

create table wc_notitie (
    id            uuid primary key,
    traject_id    uuid          not null references wc_traject (id),
    taak          varchar(64)   not null,
    tekst         varchar(4000) not null,
    door          varchar(64)   not null,
    vastgelegd_op timestamp with time zone not null
);
create index wc_notitie_traject on wc_notitie (traject_id);
