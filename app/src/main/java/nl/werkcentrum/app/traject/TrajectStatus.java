package nl.werkcentrum.app.traject;

public enum TrajectStatus {
  ACTIEF, GEPLAATST, BEEINDIGD
}
