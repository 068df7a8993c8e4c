package nl.werkcentrum.app.werkplan;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

public interface WerkplanRepository extends JpaRepository<Werkplan, UUID> {

  Optional<Werkplan> findFirstByTrajectIdOrderByVersieDesc(UUID trajectId);

  List<Werkplan> findByTrajectIdOrderByVersie(UUID trajectId);
}
