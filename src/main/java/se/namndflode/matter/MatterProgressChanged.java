package se.namndflode.matter;

/**
 * Published, in the transaction of the change, when what lists show of a matter's progress changes: its answer-date
 * reminder went out, it became overdue, or it was put forward to a meeting (after its answer date or not).
 *
 * @param matterId the registry's matter id
 */
public record MatterProgressChanged(Long matterId) {
}
