package se.namndflode.meeting;

/**
 * The kallelse of a meeting has been sent ({@link Meetings#sendKallelse}): published inside the sending transaction,
 * so that listeners acting after its commit ({@code @TransactionalEventListener}) act only on a kallelse that was
 * really sent. The e-mails to the members and substitutes are sent that way ({@link KallelseMail}).
 *
 * @param meetingId        the meeting's id
 * @param municipalityCode the municipality (tenant) the meeting belongs to
 */
public record KallelseSent(Long meetingId, String municipalityCode) {
}
