package se.namndflode.minutes;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.meeting.JusteringReminderDue;
import se.namndflode.meeting.Meeting;
import se.namndflode.meeting.Meetings;
import se.namndflode.organisation.Organisation;
import se.namndflode.organisation.Person;
import se.namndflode.shared.audit.AuditLog;

/**
 * Reminds by e-mail the chair and each justerare who have not yet signed the minutes, when the meeting process's
 * justering reminder fires ({@link JusteringReminderDue}, two days before the last day of justering). As the
 * kallelse's e-mail: after the engine's transaction commits, only when an SMTP server is configured, at most once,
 * a failure logged and audited and never undoing the reminder. The e-mail carries the board, the meeting's day, the
 * last day and the link to the justering page ({@code namndflode.mail.base-url}); nothing of the minutes.
 */
@Component
class JusteringReminderMail {

    private static final Logger LOG = LoggerFactory.getLogger(JusteringReminderMail.class);
    private static final java.util.Locale SWEDISH = java.util.Locale.forLanguageTag("sv-SE");

    private record Letter(String name, String email, String subject, String body) {
    }

    private final ObjectProvider<JavaMailSender> senders;
    private final Meetings meetings;
    private final MinutesVersionRepository versions;
    private final Organisation organisation;
    private final AuditLog audit;
    private final MessageSource messages;
    private final String baseUrl;
    private final String from;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    JusteringReminderMail(ObjectProvider<JavaMailSender> senders, Meetings meetings,
            MinutesVersionRepository versions, Organisation organisation, AuditLog audit, MessageSource messages,
            @Value("${namndflode.mail.base-url:http://localhost:8080}") String baseUrl,
            @Value("${namndflode.mail.from:Nämndflöde <namndflode@localhost>}") String from,
            PlatformTransactionManager transactions) {
        this.senders = senders;
        this.meetings = meetings;
        this.versions = versions;
        this.organisation = organisation;
        this.audit = audit;
        this.messages = messages;
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
        this.from = from;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void remind(JusteringReminderDue event) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            LOG.info("No SMTP server configured: the justering reminder of meeting {} is not e-mailed",
                    event.meetingId());
            return;
        }
        try {
            mail(sender, event);
        } catch (RuntimeException failure) {
            LOG.error("The justering reminder of meeting {} could not be e-mailed", event.meetingId(), failure);
        }
    }

    private void mail(JavaMailSender sender, JusteringReminderDue event) {
        List<Letter> letters = reading.execute(status -> {
            Meeting meeting = meetings.meeting(event.meetingId());
            List<Letter> found = new ArrayList<>();
            versions.findFirstByMeetingIdOrderByNumberDesc(meeting.getId()).filter(version -> !version.isLocked())
                    .ifPresent(version -> version.getSignatories().stream().filter(one -> !one.isSigned())
                            .forEach(one -> {
                                Person person = organisation.person(one.getPersonId());
                                if (person.getEmail() != null && !person.getEmail().isBlank()) {
                                    found.add(letter(meeting, one.getPersonName(), person.getEmail(),
                                            event));
                                }
                            }));
            return found;
        });
        List<String> failed = new ArrayList<>();
        for (Letter letter : letters) {
            try {
                MimeMessage message = sender.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
                helper.setFrom(from);
                helper.setTo(letter.email());
                helper.setSubject(letter.subject());
                helper.setText(letter.body());
                sender.send(message);
            } catch (MailException | MessagingException failure) {
                LOG.warn("The justering reminder of meeting {} could not be e-mailed to {}", event.meetingId(),
                        letter.email(), failure);
                failed.add(letter.name());
            }
        }
        int sent = letters.size() - failed.size();
        writing.executeWithoutResult(status -> audit.record("JUSTERING_REMINDER_MAILED", Meetings.ENTITY,
                event.meetingId(), event.municipalityCode(), "Påminnelse om justeringen e-postad till " + sent
                        + " av " + letters.size(), failed.isEmpty() ? null
                        : "kunde inte skickas till: " + String.join(", ", failed)));
    }

    private Letter letter(Meeting meeting, String name, String email, JusteringReminderDue event) {
        String board = meeting.getBoard().getName();
        String subject = messages.getMessage("minutes.reminder.mail.subject",
                new Object[] {board, meeting.getDay().toString()}, SWEDISH);
        String body = messages.getMessage("minutes.reminder.mail.body", new Object[] {name, board,
            meeting.getDay().toString(), event.lastDay().toString(),
            baseUrl + "/sammantraden/" + meeting.getId() + "/protokoll/justering"}, SWEDISH);
        return new Letter(name, email, subject, body);
    }
}
