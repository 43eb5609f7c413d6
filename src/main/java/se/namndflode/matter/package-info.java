/**
 * The board-matter process ({@code bpmn/board-matter.bpmn}): preparation, review and approval of the staff
 * report, the board's handling, justering, notice, appeal period, dispatch and closing, with the answer-date
 * reminder and overdue flag. Public API: {@link se.namndflode.matter.BoardMatterProcess} and
 * {@link se.namndflode.matter.MatterProgress} (the read model task lists and overviews join with).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Board matter process")
package se.namndflode.matter;
