/**
 * Meetings (sammanträden) of a board: planning, the agenda (föredragningslista) with its standard items and the
 * matters placed on it, the meeting process ({@code bpmn/meeting.bpmn}: planned, agenda set, kallelse sent, held,
 * minutes drafted), and the board's handling of each paragraph, which reaches the matter's own process. Public
 * API: {@link se.namndflode.meeting.Meetings}, the entities {@link se.namndflode.meeting.Meeting} and {@link
 * se.namndflode.meeting.Paragraph} as read-only values, and the enums {@link se.namndflode.meeting.MeetingStatus},
 * {@link se.namndflode.meeting.ParagraphKind}, {@link se.namndflode.meeting.ParagraphOutcome}; the kallelse
 * ({@link se.namndflode.meeting.Kallelse}: its PDF, its readers, sending it) and the event
 * {@link se.namndflode.meeting.KallelseSent}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package se.namndflode.meeting;
