-- The intake's answers, kept in our own table: the engine's history of a trajectory is removed
-- by the history cleanup after its time to live, and the Regionaal Beraad's report must still
-- count the attention groups of older periods. One row per trajectory (a trajectory has one
-- intake); a repeated intake replaces the answers, which is what the route went on with.
-- verslag is at most 4000 characters because the engine keeps the form's string variable in a
-- column of that size before it reaches us.
create table wc_intake (
    traject_id      uuid          primary key references wc_traject (id),
    werksituatie    varchar(20)   not null
        check (werksituatie in ('WERKZOEKEND', 'IN_DIENST')),
    doelgroep       varchar(20)   not null
        check (doelgroep in ('GEEN', 'STATUSHOUDER', 'ARBEIDSBEPERKING', 'JONGERE', 'OUDERE',
                             'ARBEIDSMIGRANT', 'GGZ', 'EX_GEDETINEERDE')),
    sector          varchar(20)   not null
        check (sector in ('ZORG', 'ONDERWIJS', 'TECHNIEK', 'KINDEROPVANG', 'VEILIGHEID', 'KLIMAAT',
                          'DIGITAAL', 'OVERIG')),
    verslag         varchar(4000),
    vastgelegd_door varchar(100)  not null,
    vastgelegd_op   timestamp with time zone not null
);
