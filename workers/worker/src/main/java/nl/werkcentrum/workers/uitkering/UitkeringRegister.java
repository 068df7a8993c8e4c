package nl.werkcentrum.workers.uitkering;

/** Port: the benefit administration of UWV (WW, WIA) or of the gemeente (bijstand). */
public interface UitkeringRegister {

  /** The person's current benefit, or {@code GEEN}: having none is a normal answer, not an error. */
  String uitkeringVan(String bsn);
}
