package nl.werkcentrum.workers.e2e.benchmark;

import nl.werkcentrum.workers.e2e.EngineApp;
import nl.werkcentrum.workers.e2e.load.LoadDatabase;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A national population, made fast: our tables are filled with one set of SQL statements (people,
 * trajectories, sign-ups, phases, intakes, werkplannen, courses, budget bookings, placements), and
 * the engine gets each trajectory's process instance through its own API, started directly at the
 * wait state where that trajectory stands (process instance modification, without the listeners
 * and input mappings that would write our tables a second time), a hundred per transaction. Ended
 * trajectories pass their intake and end, so the engine's history holds an instance, its
 * activities and a task for each.
 *
 * <p>The running ones spread over the 35 regions and the phases as a year of work would leave
 * them: one in ten at the intake, one in twenty at the benefit checks (two partner tasks each), one
 * in ten at the werkplan, four in ten waiting on the ROC, a quarter waiting for a vacancy and one in
 * ten at the consulent's placement confirmation; so three in ten wait at a caseworker.
 */
final class Bevolking {

  private static final int PER_TRANSACTIE = 100;

  /** Wait state per bucket of twenty, as described above. */
  private static final String SQL = """
      create table load_bevolking as
      select g as nr, gen_random_uuid() as traject, gen_random_uuid() as persoon,
             'AMR' || lpad((g % 35 + 1)::text, 2, '0') as regio,
             (array['UWV','GEMEENTE','ROC','SOCIALE_PARTNERS','WERKCENTRUM'])[abs(hashint4(g + 1)) % 5 + 1] as kanaal,
             (array['uwv','uwv','gemeente','sociale-partners'])[abs(hashint4(g + 2)) % 4 + 1] as regiepartner,
             g <= {LOPEND} as lopend,
             case when g > {LOPEND} then (case when abs(hashint4(g + 3)) % 5 = 0 then 'BEEINDIGD' else 'GEPLAATST' end)
                  else (array['Intake','Intake','UitkeringsCheckStart','WerkplanOpstellen','WerkplanOpstellen',
                              'WachtOpRoc','WachtOpRoc','WachtOpRoc','WachtOpRoc','WachtOpRoc','WachtOpRoc','WachtOpRoc',
                              'WachtOpRoc','VacatureOpnieuw','VacatureOpnieuw','VacatureOpnieuw','VacatureOpnieuw',
                              'VacatureOpnieuw','PlaatsingBevestigen','PlaatsingBevestigen'])[abs(hashint4(g)) % 20 + 1] end as stap,
             case when g <= {LOPEND} then now() - (abs(hashint4(g + 4)) % 360) * interval '1 day'
                  else now() - (120 + abs(hashint4(g + 4)) % 600) * interval '1 day' end as aangemeld_op
        from generate_series(1, {TOTAAL}) g;
      alter table load_bevolking add primary key (nr);
      alter table load_bevolking add column fase varchar(20), add column fase_nr int;
      update load_bevolking set fase = case stap when 'Intake' then 'INTAKE' when 'UitkeringsCheckStart' then 'UITKERINGSCHECK'
          when 'WerkplanOpstellen' then 'WERKPLAN' when 'WachtOpRoc' then 'SCHOLING' else 'PLAATSING' end,
        fase_nr = case stap when 'Intake' then 2 when 'UitkeringsCheckStart' then 3 when 'WerkplanOpstellen' then 4
          when 'WachtOpRoc' then 7 else 8 end;

      insert into wc_werkzoekende (id, bsn_hash, bsn_versleuteld, aangemaakt_op)
      select persoon, md5(persoon::text) || md5(traject::text), 'load-' || nr, aangemeld_op from load_bevolking;

      insert into wc_traject (id, werkzoekende_id, actief_werkzoekende_id, regio, kanaal, status, fase, fase_sinds,
                              regiepartner, aangemeld_op, beeindigd_op, beeindigingsreden, versie)
      select traject, persoon, case when lopend then persoon end, regio, kanaal,
             case when lopend then 'ACTIEF' else stap end, fase, aangemeld_op + fase_nr * interval '12 days',
             case when fase_nr > 3 then regiepartner end, aangemeld_op,
             case when not lopend then aangemeld_op + interval '110 days' end,
             case when stap = 'BEEINDIGD' then (array['TERUGGETROKKEN','VERHUISD','ZELF_WERK_GEVONDEN'])[nr % 3 + 1] end, 0
        from load_bevolking;

      insert into wc_aanmelding (id, traject_id, kanaal, ontvangen_op, herhaald)
      select gen_random_uuid(), traject, kanaal, aangemeld_op, false from load_bevolking;

      insert into wc_traject_fase (id, traject_id, fase, begonnen_op)
      select gen_random_uuid(), b.traject, f.fase, b.aangemeld_op + f.nr * interval '12 days'
        from load_bevolking b
        cross join lateral unnest(array['AANMELDING','INTAKE','UITKERINGSCHECK','WERKPLAN','BUDGET','VERWIJZING',
                                        'SCHOLING','PLAATSING']) with ordinality as f(fase, nr)
       where f.nr <= b.fase_nr;

      insert into wc_intake (traject_id, werksituatie, sector, vastgelegd_door, vastgelegd_op)
      select traject, case when nr % 10 = 0 then 'IN_DIENST' else 'WERKZOEKEND' end,
             (array['ZORG','ONDERWIJS','TECHNIEK','KINDEROPVANG','VEILIGHEID','KLIMAAT','DIGITAAL','OVERIG'])[abs(hashint4(nr + 6)) % 8 + 1],
             'load', aangemeld_op + interval '10 days'
        from load_bevolking where fase_nr > 2;
      -- most people in no attention group, one in twenty in two
      insert into wc_intake_doelgroep (traject_id, doelgroep)
      select traject, (array['GEEN','GEEN','GEEN','STATUSHOUDER','ARBEIDSBEPERKING','JONGERE','OUDERE','ARBEIDSMIGRANT','GGZ',
                             'EX_GEDETINEERDE'])[abs(hashint4(nr + 5)) % 10 + 1]
        from load_bevolking where fase_nr > 2;
      insert into wc_intake_doelgroep (traject_id, doelgroep)
      select traject, 'JONGERE' from load_bevolking
       where fase_nr > 2 and nr % 20 = 0 and abs(hashint4(nr + 5)) % 10 between 3 and 4;

      insert into wc_werkplan (id, traject_id, versie, scholing_nodig, opleiding, budget_bedrag, vastgelegd_door, vastgelegd_op)
      select traject, traject, 1, fase_nr >= 7 and nr % 3 > 0, case when fase_nr >= 7 and nr % 3 > 0 then 'VZ-MBO3' end,
             500 + abs(hashint4(nr + 7)) % 6000, 'load', aangemeld_op + interval '40 days'
        from load_bevolking where fase_nr > 4;
      insert into wc_werkplan_activiteit (id, werkplan_id, volgnummer, partner, omschrijving)
      select gen_random_uuid(), traject, a.nr, regiepartner, a.tekst
        from load_bevolking cross join lateral unnest(array['Sollicitatietraining','Matching']) with ordinality as a(tekst, nr)
       where fase_nr > 4;

      insert into wc_budget_pot (id, regio, jaar)
      select gen_random_uuid(), code, j from wc_arbeidsmarktregio
       cross join generate_series(extract(year from now())::int - 2, extract(year from now())::int) j
      on conflict (regio, jaar) do nothing;
      insert into wc_budget_mutatie (id, pot_id, soort, bedrag, traject_id, geboekt_op, geboekt_door, omschrijving)
      select gen_random_uuid(), p.id, 'RESERVERING', w.budget_bedrag, b.traject, w.vastgelegd_op, 'load', 'werkplan 1'
        from load_bevolking b join wc_werkplan w on w.traject_id = b.traject
        join wc_budget_pot p on p.regio = b.regio and p.jaar = extract(year from w.vastgelegd_op)::int;
      insert into wc_budget_mutatie (id, pot_id, soort, bedrag, traject_id, geboekt_op, geboekt_door, omschrijving)
      select gen_random_uuid(), p.id, 'BESTEDING', w.budget_bedrag * 0.9, b.traject, b.aangemeld_op + interval '110 days',
             'load', 'plaatsing'
        from load_bevolking b join wc_werkplan w on w.traject_id = b.traject
        join wc_budget_pot p on p.regio = b.regio and p.jaar = extract(year from w.vastgelegd_op)::int
       where b.stap = 'GEPLAATST';

      insert into wc_scholing (id, traject_id, opleiding, inschrijvingskenmerk, ingeschreven_op, verwachte_einddatum, uitkomst,
                               afgesloten_op)
      select gen_random_uuid(), traject, 'VZ-MBO3', 'ROC-' || nr, aangemeld_op + interval '50 days',
             (aangemeld_op + interval '400 days')::date, case when lopend and fase_nr = 7 then 'LOPEND' else 'AFGEROND' end,
             case when not (lopend and fase_nr = 7) then aangemeld_op + interval '90 days' end
        from load_bevolking where fase_nr >= 7 and nr % 3 > 0;

      insert into wc_plaatsing (id, traject_id, werkgever, functie, vacature_id, sector, startdatum, besteed_bedrag, geplaatst_op)
      select gen_random_uuid(), b.traject, 'Load BV', 'Medewerker', 'LOAD-' || b.nr, i.sector,
             (b.aangemeld_op + interval '120 days')::date, 0, b.aangemeld_op + interval '110 days'
        from load_bevolking b join wc_intake i on i.traject_id = b.traject where b.stap = 'GEPLAATST';
      """;

  private final EngineApp app;
  private final LoadDatabase db;

  Bevolking(EngineApp app, LoadDatabase db) {
    this.app = app;
    this.db = db;
  }

  /** Fills both; returns what the engine then holds, in words. */
  String vul(int running, int ended) {
    db.execute("drop table if exists load_bevolking; drop table if exists load_populatie");
    long t0 = System.nanoTime();
    db.execute(SQL.replace("{LOPEND}", Integer.toString(running)).replace("{TOTAAL}", Integer.toString(running + ended)));
    System.out.printf("  national volume: our tables filled in %.0f s%n", (System.nanoTime() - t0) / 1e9);
    startInstances(lees());
    db.execute("""
        update wc_traject t set process_instance_id = p.id_
          from act_hi_procinst p where p.business_key_ = t.id::text and t.process_instance_id is null;
        drop table load_bevolking;
        create table load_populatie (lopend int not null, beeindigd int not null);
        """);
    db.execute("insert into load_populatie values (" + running + ", " + ended + ")");
    return beschrijf(db);
  }

  /** Whether {@code db} holds a complete population of this size from an earlier run. */
  static boolean heeft(LoadDatabase db, int running, int ended) {
    return db.number("select count(*) from information_schema.tables where table_name = 'load_populatie'") > 0
        && db.number("select count(*) from load_populatie where lopend = " + running + " and beeindigd = " + ended) > 0;
  }

  static String beschrijf(LoadDatabase db) {
    return String.format("%,d process instances running, %,d open user tasks, %,d waiting external tasks, %,d jobs, "
            + "%,d message subscriptions; history: %,d instances, %,d activity instances, %,d tasks",
        db.number("select count(*) from act_ru_execution where parent_id_ is null"),
        db.number("select count(*) from act_ru_task"), db.number("select count(*) from act_ru_ext_task"),
        db.number("select count(*) from act_ru_job"), db.number("select count(*) from act_ru_event_subscr"),
        db.number("select count(*) from act_hi_procinst"), db.number("select count(*) from act_hi_actinst"),
        db.number("select count(*) from act_hi_taskinst"));
  }

  private record Traject(String id, String regio, String kanaal, String regiepartner, String stap, boolean lopend) {
  }

  private List<Traject> lees() {
    List<Traject> trajecten = new ArrayList<>();
    try (Connection c = LoadDatabase.connect(db.name());
         Statement s = c.createStatement();
         ResultSet rs = s.executeQuery("select traject, regio, kanaal, regiepartner, stap, lopend from load_bevolking order by nr")) {
      while (rs.next()) {
        trajecten.add(new Traject(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getBoolean(6)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return trajecten;
  }

  private void startInstances(List<Traject> trajecten) {
    RuntimeService runtime = app.bean(RuntimeService.class);
    TransactionTemplate transactie = new TransactionTemplate(app.bean(PlatformTransactionManager.class));
    ExecutorService pool = Executors.newFixedThreadPool(2);
    AtomicInteger klaar = new AtomicInteger();
    long t0 = System.nanoTime();
    List<Future<?>> taken = new ArrayList<>();
    for (int van = 0; van < trajecten.size(); van += PER_TRANSACTIE) {
      List<Traject> deel = trajecten.subList(van, Math.min(trajecten.size(), van + PER_TRANSACTIE));
      taken.add(pool.submit(() -> {
        transactie.executeWithoutResult(status -> deel.forEach(t -> start(runtime, t)));
        int nu = klaar.addAndGet(deel.size());
        if (nu % 10_000 < PER_TRANSACTIE) {
          System.out.printf("  national volume: %,d of %,d process instances after %.0f s%n", nu, trajecten.size(),
              (System.nanoTime() - t0) / 1e9);
        }
      }));
    }
    try {
      for (Future<?> f : taken) {
        f.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("filling the engine failed: " + e.getMessage(), e);
    } finally {
      pool.shutdown();
    }
  }

  private static void start(RuntimeService runtime, Traject t) {
    Map<String, Object> routering = new HashMap<>();
    routering.put("regio", t.regio());
    routering.put("kanaal", t.kanaal());
    if (!t.stap().equals("Intake") && !t.stap().equals("UitkeringsCheckStart")) {
      routering.put("regiepartner", t.regiepartner());
      routering.put("uwvUitkering", t.regiepartner().equals("uwv") ? "WW" : "GEEN");
      routering.put("gemeenteUitkering", t.regiepartner().equals("gemeente") ? "BIJSTAND" : "GEEN");
    }
    if (t.lopend()) {
      runtime.createProcessInstanceByKey("werkcentrum-traject").businessKey(t.id()).setVariables(routering)
          .startBeforeActivity(t.stap()).execute(true, true);
      return;
    }
    // through the intake to the end: a historic task and activities, as an ended trajectory leaves them
    ProcessInstance instance = runtime.createProcessInstanceByKey("werkcentrum-traject").businessKey(t.id())
        .setVariables(routering).startBeforeActivity("Intake").execute(true, true);
    runtime.createProcessInstanceModification(instance.getId())
        .startBeforeActivity(t.stap().equals("GEPLAATST") ? "TrajectGeplaatst" : "Beeindigd")
        .cancelAllForActivity("Intake")
        .execute(true, true);
  }
}
