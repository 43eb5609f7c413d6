package se.namndflode.goal;

/** What a rating proposal is about. */
public enum SubjectType {
    INDICATOR,
    GOAL
}
