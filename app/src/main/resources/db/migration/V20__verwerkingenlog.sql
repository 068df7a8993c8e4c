-- The processing log (verwerkingenlog), after the Dutch government's "Logboek dataverwerkingen":
-- every read or change of a person's data, by whom (organisation and user or system), for which
-- trajectory, what kind of data and for what purpose, and when. The person is referred to by our
-- internal id (wc_werkzoekende.id), never by BSN. No foreign keys: the log must outlive the rows
-- it is about (the retention job removes the person's row, the log of who saw it stays).
-- Written in the transaction of the processing itself (Verwerkingenlog), so nothing goes unlogged.
create table wc_verwerking (
    id              uuid         primary key,
    werkzoekende_id uuid,
    traject_id      uuid,
    handeling       varchar(20)  not null
        check (handeling in ('LEZEN', 'WIJZIGEN', 'VERWIJDEREN')),
    gegevens        varchar(200) not null,
    doel            varchar(200) not null,
    organisatie     varchar(20)  not null,
    verwerker       varchar(100) not null,
    tijdstip        timestamp with time zone not null
);
create index wc_verwerking_werkzoekende on wc_verwerking (werkzoekende_id, tijdstip);
create index wc_verwerking_traject on wc_verwerking (traject_id);
