package nl.werkcentrum.app.verloop;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface ScholingRepository extends JpaRepository<Scholing, UUID> {

  List<Scholing> findByTrajectId(UUID trajectId);

  Optional<Scholing> findFirstByTrajectIdAndUitkomst(UUID trajectId, ScholingUitkomst uitkomst);
}
