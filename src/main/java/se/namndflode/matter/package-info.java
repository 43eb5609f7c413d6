/**
 * The board-matter process ({@code bpmn/board-matter.bpmn}): preparation, review and approval of the staff
 * report, the board's handling (decided, återremiss, bordläggning), justering, notice, appeal period, dispatch
 * and closing, with the answer-date reminder and overdue flag; and the short report-item process
 * ({@code bpmn/report-item.bpmn}) of delegationsbeslut and anmälningar, which are only reported to the board.
 * Public API: {@link se.namndflode.matter.BoardMatterProcess}, {@link se.namndflode.matter.MatterProgress} (the
 * read model task lists and overviews join with), {@link se.namndflode.matter.StaffReports} and its values, and
 * the events {@link se.namndflode.matter.DecisionAnnounced} and {@link se.namndflode.matter.MatterClosed} for
 * capabilities that act on a decision that stands (assignments, follow-up).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Board matter process")
package se.namndflode.matter;
