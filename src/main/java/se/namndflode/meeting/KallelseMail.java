package se.namndflode.meeting;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import se.namndflode.shared.mail.Letter;
import se.namndflode.shared.mail.Mailer;
import se.namndflode.shared.mail.Recipient;

/**
 * E-mails the kallelse's link to each member and substitute of the board, once the kallelse has been sent.
 *
 * <p><b>When</b>: after the transaction that sent the kallelse has committed ({@link KallelseSent}, published by
 * {@link Meetings#sendKallelse}, heard in {@link TransactionPhase#AFTER_COMMIT}). So no mail goes out for a change
 * that was rolled back, and a mail failure never undoes the secretary's work: a failure is logged and audited, and
 * never reaches the secretary's request as an error. The price is "at most once": a node that stops between the
 * commit and the last mail leaves the rest unsent (the audit shows who got one). A job of the engine (an
 * asyncBefore service task) would retry instead, and could mail someone twice; for a notice whose content is a
 * link to a page, at most once and at once was preferred (docs/decisions.md). The sending, its failures and its
 * audit ({@code KALLELSE_MAILED}) are {@link Mailer}'s, shared with the other e-mails.
 *
 * <p><b>Whether</b>: only when an SMTP server is configured ({@code spring.mail.host}: Spring Boot then provides
 * a {@code JavaMailSender}). With none, nothing is sent and nothing fails; the kallelse page tells the secretary.
 *
 * <p><b>What</b>: one plain-text e-mail in Swedish per person with an address ({@code Person.email}): the board,
 * the day, time and place, whether they are called as member or informed as substitute, and the link to the
 * kallelse page ({@code namndflode.mail.base-url}). Nothing of the agenda: a mailbox is outside the application's
 * access control, and the page shows each reader what they may see.
 */
@Component
class KallelseMail {

    private final Mailer mailer;
    private final MeetingRepository meetings;
    private final Kallelse kallelse;

    KallelseMail(Mailer mailer, MeetingRepository meetings, Kallelse kallelse) {
        this.mailer = mailer;
        this.meetings = meetings;
        this.kallelse = kallelse;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void kallelseSent(KallelseSent event) {
        mailer.mail("The kallelse of meeting " + event.meetingId(), () -> {
            Meeting meeting = meetings.findById(event.meetingId()).orElseThrow();
            List<Letter> letters = kallelse.recipients(meeting).stream().map(recipient -> letter(meeting, recipient))
                    .toList();
            return new Mailer.Round(letters, outcome -> new Mailer.Audit("KALLELSE_MAILED", Meetings.ENTITY,
                    event.meetingId(), event.municipalityCode(), "Kallelsen e-postad till " + outcome.sent() + " av "
                            + outcome.recipients() + " ledamöter och ersättare"));
        });
    }

    private Letter letter(Meeting meeting, Kallelse.Recipient recipient) {
        String board = meeting.getBoard().getName();
        String day = KallelsePack.DAY.format(meeting.getDay());
        String subject = mailer.text("meeting.kallelse.mail.subject", board, meeting.getDay());
        String body = mailer.text("meeting.kallelse.mail.body." + recipient.seatType().name(), recipient.name(),
                board, day, KallelsePack.TIME.format(meeting.getStartsAt()), meeting.getPlace(),
                mailer.link(Kallelse.page(meeting.getId())));
        return new Letter(new Recipient(null, recipient.name(), recipient.hasEmail() ? recipient.email() : null),
                subject, body);
    }
}
