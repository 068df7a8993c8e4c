-- The ROC's course catalogue the consulent picks from on the werkplan: regional courses and the
-- national ones (regio null) that every region may use. The same catalogue the demo ROC serves
-- (workers/worker/src/main/resources/demo/roc-opleidingen.csv); in production it is kept in step
-- with the ROC's (SBB's) offer.
create table wc_opleiding (
    code varchar(40) primary key,
    naam varchar(200) not null,
    regio varchar(5) references wc_arbeidsmarktregio (code)
);

create index wc_opleiding_regio on wc_opleiding (regio);

insert into wc_opleiding (code, naam, regio) values
    ('VZ-MBO3-AMR01', 'Verzorgende IG', 'AMR01'),
    ('EL-MBO2-AMR02', 'Eerste monteur elektrotechniek', 'AMR02'),
    ('PW-MBO3-AMR03', 'Pedagogisch medewerker kinderopvang', 'AMR03'),
    ('OA-MBO4-AMR04', 'Onderwijsassistent', 'AMR04'),
    ('IT-MBO4-AMR05', 'Software developer', 'AMR05'),
    ('WP-MBO3-AMR06', 'Monteur warmtepompen', 'AMR06'),
    ('BV-MBO2-AMR07', 'Beveiliger', 'AMR07'),
    ('VZ-MBO3-AMR08', 'Verzorgende IG', 'AMR08'),
    ('EL-MBO2-AMR09', 'Eerste monteur elektrotechniek', 'AMR09'),
    ('PW-MBO3-AMR10', 'Pedagogisch medewerker kinderopvang', 'AMR10'),
    ('OA-MBO4-AMR11', 'Onderwijsassistent', 'AMR11'),
    ('IT-MBO4-AMR12', 'Software developer', 'AMR12'),
    ('WP-MBO3-AMR13', 'Monteur warmtepompen', 'AMR13'),
    ('BV-MBO2-AMR14', 'Beveiliger', 'AMR14'),
    ('VZ-MBO3-AMR15', 'Verzorgende IG', 'AMR15'),
    ('EL-MBO2-AMR16', 'Eerste monteur elektrotechniek', 'AMR16'),
    ('PW-MBO3-AMR17', 'Pedagogisch medewerker kinderopvang', 'AMR17'),
    ('OA-MBO4-AMR18', 'Onderwijsassistent', 'AMR18'),
    ('IT-MBO4-AMR19', 'Software developer', 'AMR19'),
    ('WP-MBO3-AMR20', 'Monteur warmtepompen', 'AMR20'),
    ('BV-MBO2-AMR21', 'Beveiliger', 'AMR21'),
    ('VZ-MBO3-AMR22', 'Verzorgende IG', 'AMR22'),
    ('EL-MBO2-AMR23', 'Eerste monteur elektrotechniek', 'AMR23'),
    ('PW-MBO3-AMR24', 'Pedagogisch medewerker kinderopvang', 'AMR24'),
    ('OA-MBO4-AMR25', 'Onderwijsassistent', 'AMR25'),
    ('IT-MBO4-AMR26', 'Software developer', 'AMR26'),
    ('WP-MBO3-AMR27', 'Monteur warmtepompen', 'AMR27'),
    ('BV-MBO2-AMR28', 'Beveiliger', 'AMR28'),
    ('VZ-MBO3-AMR29', 'Verzorgende IG', 'AMR29'),
    ('EL-MBO2-AMR30', 'Eerste monteur elektrotechniek', 'AMR30'),
    ('PW-MBO3-AMR31', 'Pedagogisch medewerker kinderopvang', 'AMR31'),
    ('OA-MBO4-AMR32', 'Onderwijsassistent', 'AMR32'),
    ('IT-MBO4-AMR33', 'Software developer', 'AMR33'),
    ('WP-MBO3-AMR34', 'Monteur warmtepompen', 'AMR34'),
    ('BV-MBO2-AMR35', 'Beveiliger', 'AMR35'),
    ('VZ-MBO3', 'Verzorgende IG (landelijk)', null),
    ('EL-MBO2', 'Eerste monteur elektrotechniek (landelijk)', null),
    ('PW-MBO3', 'Pedagogisch medewerker kinderopvang (landelijk)', null),
    ('OA-MBO4', 'Onderwijsassistent (landelijk)', null),
    ('IT-MBO4', 'Software developer (landelijk)', null),
    ('WP-MBO3', 'Monteur warmtepompen (landelijk)', null),
    ('BV-MBO2', 'Beveiliger (landelijk)', null),
    ('BO-KORT', 'Basiscursus bouwplaats (proef)', null);
