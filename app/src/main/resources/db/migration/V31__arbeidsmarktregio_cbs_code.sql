-- Each region's code in CBS's own numbering (AMnn, "statcode" of the CBS arbeidsmarktregio
-- division 2025), beside ours (AMR01..AMR35, which stay the keys everywhere). CBS numbers the
-- regions in its own order, with gaps (AM04, AM16, AM31 are not in use): AMR04 Regio Zwolle is AM36.
-- Source: the CBS/PDOK arbeidsmarktregio boundaries of 2025 as published in the public repository
-- cartomap/nl (wgs84/arbeidsmarktregio_2025.topojson, properties statcode and statnaam), matched on
-- the region's name; CBS names AMR06 "Veluwe Stedendriehoek". Partly confirmed by CBS StatLine
-- table 83553NED (Gebieden in Nederland 2017: AM13, AM15, AM18, AM21, AM22, AM27, AM36).
alter table wc_arbeidsmarktregio add column cbs_code varchar(4);

update wc_arbeidsmarktregio set cbs_code = 'AM01' where code = 'AMR01';
update wc_arbeidsmarktregio set cbs_code = 'AM02' where code = 'AMR02';
update wc_arbeidsmarktregio set cbs_code = 'AM03' where code = 'AMR03';
update wc_arbeidsmarktregio set cbs_code = 'AM36' where code = 'AMR04';
update wc_arbeidsmarktregio set cbs_code = 'AM05' where code = 'AMR05';
update wc_arbeidsmarktregio set cbs_code = 'AM06' where code = 'AMR06';
update wc_arbeidsmarktregio set cbs_code = 'AM09' where code = 'AMR07';
update wc_arbeidsmarktregio set cbs_code = 'AM07' where code = 'AMR08';
update wc_arbeidsmarktregio set cbs_code = 'AM38' where code = 'AMR09';
update wc_arbeidsmarktregio set cbs_code = 'AM08' where code = 'AMR10';
update wc_arbeidsmarktregio set cbs_code = 'AM10' where code = 'AMR11';
update wc_arbeidsmarktregio set cbs_code = 'AM14' where code = 'AMR12';
update wc_arbeidsmarktregio set cbs_code = 'AM13' where code = 'AMR13';
update wc_arbeidsmarktregio set cbs_code = 'AM12' where code = 'AMR14';
update wc_arbeidsmarktregio set cbs_code = 'AM18' where code = 'AMR15';
update wc_arbeidsmarktregio set cbs_code = 'AM17' where code = 'AMR16';
update wc_arbeidsmarktregio set cbs_code = 'AM37' where code = 'AMR17';
update wc_arbeidsmarktregio set cbs_code = 'AM15' where code = 'AMR18';
update wc_arbeidsmarktregio set cbs_code = 'AM11' where code = 'AMR19';
update wc_arbeidsmarktregio set cbs_code = 'AM19' where code = 'AMR20';
update wc_arbeidsmarktregio set cbs_code = 'AM34' where code = 'AMR21';
update wc_arbeidsmarktregio set cbs_code = 'AM21' where code = 'AMR22';
update wc_arbeidsmarktregio set cbs_code = 'AM20' where code = 'AMR23';
update wc_arbeidsmarktregio set cbs_code = 'AM22' where code = 'AMR24';
update wc_arbeidsmarktregio set cbs_code = 'AM23' where code = 'AMR25';
update wc_arbeidsmarktregio set cbs_code = 'AM35' where code = 'AMR26';
update wc_arbeidsmarktregio set cbs_code = 'AM24' where code = 'AMR27';
update wc_arbeidsmarktregio set cbs_code = 'AM25' where code = 'AMR28';
update wc_arbeidsmarktregio set cbs_code = 'AM26' where code = 'AMR29';
update wc_arbeidsmarktregio set cbs_code = 'AM27' where code = 'AMR30';
update wc_arbeidsmarktregio set cbs_code = 'AM28' where code = 'AMR31';
update wc_arbeidsmarktregio set cbs_code = 'AM32' where code = 'AMR32';
update wc_arbeidsmarktregio set cbs_code = 'AM29' where code = 'AMR33';
update wc_arbeidsmarktregio set cbs_code = 'AM33' where code = 'AMR34';
update wc_arbeidsmarktregio set cbs_code = 'AM30' where code = 'AMR35';

alter table wc_arbeidsmarktregio alter column cbs_code set not null;
alter table wc_arbeidsmarktregio add constraint wc_arbeidsmarktregio_cbs_code_uk unique (cbs_code);
