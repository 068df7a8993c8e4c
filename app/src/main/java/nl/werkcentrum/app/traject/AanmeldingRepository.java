package nl.werkcentrum.app.traject;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface AanmeldingRepository extends JpaRepository<Aanmelding, UUID> {

  List<Aanmelding> findByTrajectIdOrderByOntvangenOp(UUID trajectId);
}
