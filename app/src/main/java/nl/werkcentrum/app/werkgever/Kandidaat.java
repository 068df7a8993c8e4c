package nl.werkcentrum.app.werkgever;

import java.util.UUID;

/** A trajectory that fits a vacancy: in the placement phase, or finishing its scholing in time. */
public record Kandidaat(UUID trajectId, String regio, String fase) {
}
