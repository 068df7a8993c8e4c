-- Retention (werkcentrum.bewaartermijn): once a trajectory has ended longer ago than the term, the
-- retention job takes its personal data away. The trajectory itself stays, without a person, for the
-- Regionaal Beraad's figures; so werkzoekende_id may be null, and a placement may lose its employer.
-- gegevens_verwijderd_op marks what is done, so the job on several nodes never does it twice.
-- DROP NOT NULL is understood by both H2 and PostgreSQL.
alter table wc_traject alter column werkzoekende_id drop not null;
alter table wc_traject add column gegevens_verwijderd_op timestamp with time zone;
create index wc_traject_beeindigd on wc_traject (beeindigd_op);
create index wc_traject_werkzoekende on wc_traject (werkzoekende_id);
alter table wc_plaatsing alter column werkgever drop not null;
