package nl.werkcentrum.app.traject;

/**
 * The phases of a trajectory, in the order the model passes them. The names are the values in
 * {@code wc_traject.fase} and {@code wc_traject_fase.fase} and the argument of the model's
 * {@code faseRegistratie.markeer(execution, '...')} listeners, so renaming one needs a migration
 * and a model change.
 */
public enum Fase {
  AANMELDING, UITKERINGSCHECK, INTAKE, WERKPLAN, BUDGET, VERWIJZING, SCHOLING, PLAATSING
}
