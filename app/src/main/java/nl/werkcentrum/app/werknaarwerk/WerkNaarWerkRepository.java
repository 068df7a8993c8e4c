package nl.werkcentrum.app.werknaarwerk;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

public interface WerkNaarWerkRepository extends JpaRepository<WerkNaarWerk, UUID> {

  List<WerkNaarWerk> findByCollectiefId(UUID collectiefId);
}
