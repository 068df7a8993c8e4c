package nl.werkcentrum.app.werknaarwerk;

/** How a van-werk-naar-werk route ended. */
public enum WerkNaarWerkUitkomst {
  NIEUW_WERK, ONTSLAGEN_ZONDER_WERK, BEEINDIGD
}
