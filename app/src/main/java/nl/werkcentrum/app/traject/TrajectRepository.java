package nl.werkcentrum.app.traject;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

public interface TrajectRepository extends JpaRepository<Traject, UUID> {

  Optional<Traject> findByActiefWerkzoekendeId(UUID werkzoekendeId);
}
