package nl.werkcentrum.app.intake;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

/** Intakes by trajectory id: a trajectory has one. */
public interface IntakeRepository extends JpaRepository<Intake, UUID> {
}
