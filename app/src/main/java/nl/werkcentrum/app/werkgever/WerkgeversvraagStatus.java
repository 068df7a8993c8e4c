package nl.werkcentrum.app.werkgever;

public enum WerkgeversvraagStatus {
  OPEN, AFGESLOTEN
}
