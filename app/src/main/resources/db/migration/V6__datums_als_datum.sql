-- Calendar dates as dates: the expected end of a course and the first working day of a placement
-- were kept as text (V3). Text that starts with a date (2027-01-04, or a date-time such as
-- 2027-01-04T09:00:00) keeps that date; anything else was never a date and becomes null.
-- A new column, filled and renamed, because PostgreSQL casts varchar to date only with USING,
-- which H2 does not know; substring ... from ... for, translate and rename column are on both.
alter table wc_scholing add column verwachte_einddatum_datum date;
update wc_scholing
   set verwachte_einddatum_datum = cast(substring(verwachte_einddatum from 1 for 10) as date)
 where translate(substring(verwachte_einddatum from 1 for 10), '123456789', '000000000') = '0000-00-00'
   and substring(verwachte_einddatum from 6 for 2) between '01' and '12'
   and substring(verwachte_einddatum from 9 for 2) between '01' and '31';
alter table wc_scholing drop column verwachte_einddatum;
alter table wc_scholing rename column verwachte_einddatum_datum to verwachte_einddatum;

alter table wc_plaatsing add column startdatum_datum date;
update wc_plaatsing
   set startdatum_datum = cast(substring(startdatum from 1 for 10) as date)
 where translate(substring(startdatum from 1 for 10), '123456789', '000000000') = '0000-00-00'
   and substring(startdatum from 6 for 2) between '01' and '12'
   and substring(startdatum from 9 for 2) between '01' and '31';
alter table wc_plaatsing drop column startdatum;
alter table wc_plaatsing rename column startdatum_datum to startdatum;

-- wc_traject.uitkomst repeated status (GEPLAATST, BEEINDIGD) and was read by nothing.
alter table wc_traject drop column uitkomst;
