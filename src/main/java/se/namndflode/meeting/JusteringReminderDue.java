package se.namndflode.meeting;

import java.time.LocalDate;

/**
 * The minutes of a meeting are not justered two days before the last day of justering: published by the meeting
 * process's reminder ({@link MeetingSteps#remindOfJustering}) in the engine's transaction, so that the minutes
 * capability reminds the chair and the justerare who have not signed, after it commits.
 *
 * @param meetingId        the meeting's id
 * @param municipalityCode the municipality (tenant) the meeting belongs to
 * @param lastDay          the last day of justering (14 days after the meeting)
 */
public record JusteringReminderDue(Long meetingId, String municipalityCode, LocalDate lastDay) {
}
