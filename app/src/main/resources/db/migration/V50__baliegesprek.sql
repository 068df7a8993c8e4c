-- A visitor's question at the desk that needs no trajectory (the gids's advice): anonymous, no
-- BSN, no name. The Regionaal Beraad's report counts them per question type and referral. When
-- the gids turns the question into a trajectory, traject_id links the two; the person's data
-- then lives with the trajectory, never here.
-- advies is at most 4000 characters because the engine holds the form's string variable in a
-- column of that size before the first step stores it here and removes it.
create table wc_baliegesprek (
    id                  uuid          primary key,
    regio               varchar(5)    not null references wc_arbeidsmarktregio (code),
    vraagsoort          varchar(20)   not null
        check (vraagsoort in ('VACATURES', 'SCHOLING', 'LOOPBAAN', 'UITKERING', 'ANDERS')),
    advies              varchar(4000),
    doorverwijzing      varchar(20)   not null
        check (doorverwijzing in ('GEEN', 'UWV', 'GEMEENTE', 'ROC', 'SOCIALE_PARTNERS')),
    vervolg_gewenst     boolean       not null,
    gevoerd_door        varchar(100)  not null,
    gevoerd_op          timestamp with time zone not null,
    process_instance_id varchar(64),
    traject_id          uuid          references wc_traject (id),
    omgezet_op          timestamp with time zone
);
create index wc_baliegesprek_regio_gevoerd on wc_baliegesprek (regio, gevoerd_op);
