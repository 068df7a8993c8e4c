package nl.werkcentrum.app.verloop;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

public interface VacaturevoorstelRepository extends JpaRepository<Vacaturevoorstel, UUID> {

  Optional<Vacaturevoorstel> findFirstByTrajectIdOrderByVoorgesteldOpDesc(UUID trajectId);
}
