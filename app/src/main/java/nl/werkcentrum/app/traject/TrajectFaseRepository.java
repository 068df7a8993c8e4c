package nl.werkcentrum.app.traject;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

public interface TrajectFaseRepository extends JpaRepository<TrajectFase, UUID> {
}
