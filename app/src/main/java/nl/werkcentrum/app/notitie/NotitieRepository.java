package nl.werkcentrum.app.notitie;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface NotitieRepository extends JpaRepository<Notitie, UUID> {

  List<Notitie> findByTrajectIdOrderByVastgelegdOp(UUID trajectId);
}
