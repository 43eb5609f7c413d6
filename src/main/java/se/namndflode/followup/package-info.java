/**
 * Follow-up (uppföljning): the process ({@code bpmn/follow-up.bpmn}) that takes one board's goals through a
 * reporting period of a plan year (T1, T2, the annual report): the indicator owners' outcomes with a reminder and
 * an escalation at the deadline, the bottom-up assessments (each showing the DMN proposal and the child goals'
 * decided ratings), the assignments' status reports, the compiled report, and the board matter that decides it,
 * whose decision locks the period. Public API: {@link se.namndflode.followup.FollowUps} (reads and changes), the
 * entity {@link se.namndflode.followup.FollowUp} as a read-only value with its state, and its form; the engine
 * calls {@link se.namndflode.followup.FollowUpSteps}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Follow-up")
package se.namndflode.followup;
