package se.namndflode.meeting;

import java.time.LocalDate;

/**
 * A paragraph was justered at the meeting (justerad omedelbart, primer 3.7): published inside the transaction
 * that records the justering ({@link Meetings#justerImmediately}, or {@link Meetings#decide} with the immediate
 * justering), so that the minutes capability keeps the paragraph's extract and posts its own notice on the
 * anslagstavla in that transaction. The matter's process has already been told the same day as the day of the
 * notice.
 *
 * @param meetingId        the meeting's id
 * @param paragraphId      the paragraph's id
 * @param municipalityCode the municipality (tenant) the meeting belongs to
 * @param justeredOn       the day of the justering (Europe/Stockholm): the meeting's day
 */
public record ParagraphJusteredImmediately(Long meetingId, Long paragraphId, String municipalityCode,
        LocalDate justeredOn) {
}
