package nl.werkcentrum.app.rapportage;

import java.util.Map;

/**
 * The questions answered at the desk without a trajectory (the gids's advice), counted anonymously:
 * how many, per type of question and per referral, how many wanted a follow-up and how many became
 * a trajectory. Counted by the date of the question.
 */
public record Balievragen(long totaal, Map<String, Long> perVraagsoort, Map<String, Long> perDoorverwijzing,
    long metVervolg, long omgezetNaarTraject) {
}
