package nl.werkcentrum.app.regio;

import org.springframework.data.jpa.repository.JpaRepository;

public interface ArbeidsmarktregioRepository extends JpaRepository<Arbeidsmarktregio, String> {
}
