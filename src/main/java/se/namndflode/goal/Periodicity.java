package se.namndflode.goal;

/** How often an indicator is measured: per tertial, half-year or year (as printed: Tertial, Halvår, År). */
public enum Periodicity {
    TERTIAL,
    HALF_YEAR,
    YEAR
}
