package nl.werkcentrum.app.verloop;

/** How an enrolment at the ROC stands; the names are the values in {@code wc_scholing.uitkomst}. */
public enum ScholingUitkomst {
  /** Enrolled, the course runs. */
  LOPEND,
  AFGEROND,
  AFGEBROKEN,
  /** The ROC refused the enrolment: the course was full. */
  VOL
}
