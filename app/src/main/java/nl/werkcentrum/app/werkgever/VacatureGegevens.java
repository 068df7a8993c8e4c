package nl.werkcentrum.app.werkgever;

import java.time.LocalDate;

/** A vacancy as an employer describes it, before it is stored. */
public record VacatureGegevens(String functie, int aantal, int urenPerWeek, LocalDate startdatum, String eisen,
    boolean leerbaanBbl, boolean jobcarving, boolean banenafspraak) {
}
