package nl.werkcentrum.app.werkgever;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Our own people for an employer's vacancy, from our tables: running trajectories of the region in
 * the placement phase, or in scholing that ends before the vacancy starts (or, for a leerbaan/BBL,
 * at any time: they can start while learning), whose intake chose the vacancy's sector. A wider
 * search drops the sector. Left out: a trajectory with an open proposal elsewhere, or one already
 * proposed for this vacancy. Neighbouring regions are not searched: we hold no list of them yet.
 */
@Repository
public class Kandidaten {

  private static final String SQL = """
      select t.id, t.regio, t.fase from wc_traject t join wc_intake i on i.traject_id = t.id
       where t.status = 'ACTIEF' and t.regio = ?
         and (? or i.sector = ?)
         and (t.fase = 'PLAATSING'
              or (t.fase = 'SCHOLING' and exists (select 1 from wc_scholing s
                    where s.traject_id = t.id and s.uitkomst = 'LOPEND'
                      and (? or (s.verwachte_einddatum is not null and s.verwachte_einddatum <= ?)))))
         and not exists (select 1 from wc_voordracht v where v.traject_id = t.id
                           and (v.status in ('VOORGEDRAGEN', 'INGESTEMD') or v.vacature_id = ?))
       order by case when t.fase = 'PLAATSING' then 0 else 1 end, t.fase_sinds, t.id""";

  private final JdbcTemplate jdbc;

  public Kandidaten(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public List<Kandidaat> voor(Werkgeversvraag vraag, Vacature vacature, boolean breed, LocalDate vandaag, int max) {
    LocalDate uiterlijkKlaar = vacature.getStartdatum() == null ? vandaag : vacature.getStartdatum();
    List<Kandidaat> gevonden = jdbc.query(SQL, (rs, i) -> new Kandidaat(rs.getObject(1, UUID.class), rs.getString(2),
            rs.getString(3)),
        vraag.getRegio(), breed, vraag.getSector().name(), vacature.isLeerbaanBbl(), Date.valueOf(uiterlijkKlaar),
        vacature.getId());
    return gevonden.size() > max ? gevonden.subList(0, max) : gevonden;
  }
}
