package nl.werkcentrum.app.werknaarwerk;

import java.time.LocalDate;
import java.util.List;

/** A collective lay-off as the employer announces it once: one employer, one date, many people. */
public record CollectiefOntslag(String kvkNummer, String regio, LocalDate ontslagdatum, List<String> bsns) {
}
