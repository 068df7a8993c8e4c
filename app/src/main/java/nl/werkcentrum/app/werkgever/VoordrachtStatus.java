package nl.werkcentrum.app.werkgever;

public enum VoordrachtStatus {
  /** Waiting for the consulent to ask the person. */
  VOORGEDRAGEN,
  /** The person does not want to be proposed. */
  GEWEIGERD,
  /** The person agreed; waiting for the employer. */
  INGESTEMD,
  /** The employer hired the person. */
  AANGENOMEN,
  /** The employer did not. */
  AFGEWEZEN
}
