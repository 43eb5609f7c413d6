package se.namndflode.minutes;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import se.namndflode.meeting.JusteringReminderDue;
import se.namndflode.meeting.Meeting;
import se.namndflode.meeting.Meetings;
import se.namndflode.organisation.Organisation;
import se.namndflode.organisation.Person;
import se.namndflode.shared.mail.Letter;
import se.namndflode.shared.mail.Mailer;
import se.namndflode.shared.mail.Recipient;

/**
 * Reminds by e-mail the chair and each justerare who have not yet signed the minutes, when the meeting process's
 * justering reminder fires ({@link JusteringReminderDue}, two days before the last day of justering). As the
 * kallelse's e-mail, through {@link Mailer}: after the engine's transaction commits, only when an SMTP server is
 * configured, at most once, a failure logged and audited ({@code JUSTERING_REMINDER_MAILED}) and never undoing the
 * reminder. The e-mail carries the board, the meeting's day, the last day and the link to the justering page
 * ({@code namndflode.mail.base-url}); nothing of the minutes.
 */
@Component
class JusteringReminderMail {

    private final Mailer mailer;
    private final Meetings meetings;
    private final MinutesVersionRepository versions;
    private final Organisation organisation;

    JusteringReminderMail(Mailer mailer, Meetings meetings, MinutesVersionRepository versions,
            Organisation organisation) {
        this.mailer = mailer;
        this.meetings = meetings;
        this.versions = versions;
        this.organisation = organisation;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void remind(JusteringReminderDue event) {
        mailer.mail("The justering reminder of meeting " + event.meetingId(), () -> {
            Meeting meeting = meetings.meeting(event.meetingId());
            List<Letter> letters = new ArrayList<>();
            versions.findFirstByMeetingIdOrderByNumberDesc(meeting.getId()).filter(version -> !version.isLocked())
                    .ifPresent(version -> version.getSignatories().stream().filter(one -> !one.isSigned())
                            .forEach(one -> {
                                Person person = organisation.person(one.getPersonId());
                                letters.add(letter(meeting, new Recipient(null, one.getPersonName(),
                                        person.getEmail()), event));
                            }));
            return new Mailer.Round(letters, outcome -> new Mailer.Audit("JUSTERING_REMINDER_MAILED",
                    Meetings.ENTITY, event.meetingId(), event.municipalityCode(), "Påminnelse om justeringen "
                            + "e-postad till " + outcome.sent() + " av " + outcome.recipients()));
        });
    }

    private Letter letter(Meeting meeting, Recipient person, JusteringReminderDue event) {
        String board = meeting.getBoard().getName();
        String subject = mailer.text("minutes.reminder.mail.subject", board, meeting.getDay());
        String body = mailer.text("minutes.reminder.mail.body", person.name(), board, meeting.getDay(),
                event.lastDay(), mailer.link("/sammantraden/" + meeting.getId() + "/protokoll/justering"));
        return new Letter(person, subject, body);
    }
}
