package nl.werkcentrum.app.werknaarwerk;

import java.time.LocalDate;
import java.util.UUID;

/** An announcement of a job at risk; {@code kvkNummer} and {@code collectiefId} may be absent. */
public record Melding(Melder melder, String kvkNummer, LocalDate ontslagdatum, UUID collectiefId) {
}
