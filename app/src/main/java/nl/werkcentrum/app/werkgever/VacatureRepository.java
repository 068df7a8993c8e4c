package nl.werkcentrum.app.werkgever;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;
import java.util.UUID;

public interface VacatureRepository extends JpaRepository<Vacature, UUID> {

  List<Vacature> findByWerkgeversvraagIdOrderByVolgnummer(UUID werkgeversvraagId);

  /**
   * The region's vacancies that still need people: of a running question, or of one that took the
   * ontwikkelpad (someone is being trained for it), in the order they came in.
   */
  @Query("""
      select v from Vacature v, Werkgeversvraag w
       where w.id = v.werkgeversvraagId and w.regio = :regio and v.vervuld < v.aantal
         and (w.status = nl.werkcentrum.app.werkgever.WerkgeversvraagStatus.OPEN
              or w.uitkomst = nl.werkcentrum.app.werkgever.Uitkomst.ONTWIKKELPAD)
       order by w.ontvangenOp, v.volgnummer""")
  List<Vacature> openVacaturesVan(@Param("regio") String regio);
}
