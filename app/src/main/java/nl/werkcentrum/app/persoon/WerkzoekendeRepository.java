package nl.werkcentrum.app.persoon;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

public interface WerkzoekendeRepository extends JpaRepository<Werkzoekende, UUID> {

  Optional<Werkzoekende> findByBsnHash(String bsnHash);
}
