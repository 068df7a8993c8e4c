package nl.werkcentrum.app.werkgever;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface VoordrachtRepository extends JpaRepository<Voordracht, UUID> {

  Optional<Voordracht> findFirstByTrajectIdAndStatusOrderByVoorgedragenOpDesc(UUID trajectId, VoordrachtStatus status);

  List<Voordracht> findByVacatureIdIn(Collection<UUID> vacatureIds);

  boolean existsByVacatureIdAndTrajectIdAndStatus(UUID vacatureId, UUID trajectId, VoordrachtStatus status);
}
