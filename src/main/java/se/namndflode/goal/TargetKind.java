package se.namndflode.goal;

/**
 * How a target (årsmål, KF:s årsmål) is met: whether higher or lower is better is not printed in the plans, so
 * it is stored with the target. {@link #BOARD_SETS} is "Tas fram av nämnd" (the board has yet to set it),
 * {@link #NONE} a key figure (nyckeltal) reported as change.
 */
public enum TargetKind {
    /** At least the lower bound ("minst 70 %"). */
    FLOOR,
    /** At most the upper bound ("maximalt 1,6 kg"). */
    CEILING,
    /** Between the bounds, both included. */
    BAND,
    /** "Tas fram av nämnd": no value yet. */
    BOARD_SETS,
    /** No target: a key figure. */
    NONE
}
