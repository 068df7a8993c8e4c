package nl.werkcentrum.app.traject;

import java.util.UUID;

/** The outcome of a sign-up: a new trajectory, or the person's running one. */
public record Registratie(UUID trajectId, boolean herhaald) {
}
