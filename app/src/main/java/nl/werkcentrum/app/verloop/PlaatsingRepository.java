package nl.werkcentrum.app.verloop;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface PlaatsingRepository extends JpaRepository<Plaatsing, UUID> {

  List<Plaatsing> findByTrajectId(UUID trajectId);
}
