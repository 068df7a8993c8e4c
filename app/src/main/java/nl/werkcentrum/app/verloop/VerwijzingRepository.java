package nl.werkcentrum.app.verloop;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface VerwijzingRepository extends JpaRepository<Verwijzing, UUID> {

  List<Verwijzing> findByTrajectId(UUID trajectId);
}
