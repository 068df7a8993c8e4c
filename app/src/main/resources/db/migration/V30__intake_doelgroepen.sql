-- A person can belong to several attention groups at once (say a jongere with an arbeidsbeperking):
-- the intake records all of them, one row per group, and the Regionaal Beraad's report counts each
-- group. GEEN stays a row of its own, so a trajectory without an attention group is still counted.
-- Existing intakes keep the one group they had.
create table wc_intake_doelgroep (
    traject_id  uuid         not null references wc_intake (traject_id) on delete cascade,
    doelgroep   varchar(20)  not null
        check (doelgroep in ('GEEN', 'STATUSHOUDER', 'ARBEIDSBEPERKING', 'JONGERE', 'OUDERE',
                             'ARBEIDSMIGRANT', 'GGZ', 'EX_GEDETINEERDE')),
    primary key (traject_id, doelgroep)
);

insert into wc_intake_doelgroep (traject_id, doelgroep)
select traject_id, doelgroep from wc_intake;

alter table wc_intake drop column doelgroep;
