package nl.werkcentrum.app.werkgever;

import org.springframework.data.jpa.repository.JpaRepository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

public interface WerkgeversvraagRepository extends JpaRepository<Werkgeversvraag, UUID> {

  List<Werkgeversvraag> findByRegioAndOntvangenOpGreaterThanEqualAndOntvangenOpLessThan(String regio,
      OffsetDateTime van, OffsetDateTime tot);
}
