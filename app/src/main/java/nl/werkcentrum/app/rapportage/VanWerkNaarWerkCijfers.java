package nl.werkcentrum.app.rapportage;

import java.util.Map;

/**
 * Van werk naar werk in the period: the routes announced (per melder: the person, the sociale
 * partners, the employer; and how many of those in a collective lay-off) and the routes that ended,
 * per outcome (new work, ontslagen zonder werk, beëindigd).
 */
public record VanWerkNaarWerkCijfers(long aangemeld, Map<String, Long> aangemeldPerMelder, long collectief,
    Map<String, Long> afgerondPerUitkomst) {
}
