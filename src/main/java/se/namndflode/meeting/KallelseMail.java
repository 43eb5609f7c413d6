package se.namndflode.meeting;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
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
import se.namndflode.shared.audit.AuditLog;

/**
 * E-mails the kallelse's link to each member and substitute of the board, once the kallelse has been sent.
 *
 * <p><b>When</b>: after the transaction that sent the kallelse has committed ({@link KallelseSent}, published by
 * {@link Meetings#sendKallelse}, heard in {@link TransactionPhase#AFTER_COMMIT}). So no mail goes out for a change
 * that was rolled back, and a mail failure never undoes the secretary's work: a failure is logged and audited, and
 * never reaches the secretary's request as an error. The price is "at most once": a node that stops between the
 * commit and the last mail leaves the rest unsent (the audit shows who got one). A job of the engine (an
 * asyncBefore service task) would retry instead, and could mail someone twice; for a notice whose content is a
 * link to a page, at most once and at once was preferred (docs/decisions.md).
 *
 * <p><b>Whether</b>: only when an SMTP server is configured ({@code spring.mail.host}: Spring Boot then provides
 * a {@link JavaMailSender}). With none, nothing is sent and nothing fails; the kallelse page tells the secretary.
 *
 * <p><b>What</b>: one plain-text e-mail in Swedish per person with an address ({@code Person.email}): the board,
 * the day, time and place, whether they are called as member or informed as substitute, and the link to the
 * kallelse page ({@code namndflode.mail.base-url}). Nothing of the agenda: a mailbox is outside the application's
 * access control, and the page shows each reader what they may see.
 */
@Component
class KallelseMail {

    private static final Logger LOG = LoggerFactory.getLogger(KallelseMail.class);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    /** The audit log's room for details (V2__audit.sql). */
    private static final int AUDIT_DETAILS = 4000;

    /** One e-mail to one person. */
    record Letter(String name, String email, String subject, String body) {
    }

    private final ObjectProvider<JavaMailSender> senders;
    private final MeetingRepository meetings;
    private final Kallelse kallelse;
    private final KallelseSettings settings;
    private final MessageSource messages;
    private final AuditLog audit;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    KallelseMail(ObjectProvider<JavaMailSender> senders, MeetingRepository meetings, Kallelse kallelse,
            KallelseSettings settings, MessageSource messages, AuditLog audit, PlatformTransactionManager transactions) {
        this.senders = senders;
        this.meetings = meetings;
        this.kallelse = kallelse;
        this.settings = settings;
        this.messages = messages;
        this.audit = audit;
        // After the commit the sending transaction's resources are still bound: work of our own needs a new one.
        this.reading = new TransactionTemplate(transactions);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void kallelseSent(KallelseSent event) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            LOG.info("No SMTP server configured (spring.mail.host): the kallelse of meeting {} is not e-mailed",
                    event.meetingId());
            return;
        }
        try {
            mail(sender, event);
        } catch (RuntimeException failure) {
            // The kallelse is sent and committed; the secretary's request must not fail over the e-mails.
            LOG.error("The kallelse of meeting {} could not be e-mailed", event.meetingId(), failure);
        }
    }

    private void mail(JavaMailSender sender, KallelseSent event) {
        List<Kallelse.Recipient> recipients = new ArrayList<>();
        List<Letter> letters = reading.execute(status -> {
            Meeting meeting = meetings.findById(event.meetingId()).orElseThrow();
            recipients.addAll(kallelse.recipients(meeting));
            return recipients.stream().filter(Kallelse.Recipient::hasEmail)
                    .map(recipient -> letter(meeting, recipient)).toList();
        });
        List<String> failed = new ArrayList<>();
        for (Letter letter : letters) {
            try {
                sender.send(message(sender, letter));
            } catch (MailException | MessagingException | UnsupportedEncodingException failure) {
                LOG.warn("The kallelse of meeting {} could not be e-mailed to {}", event.meetingId(), letter.email(),
                        failure);
                failed.add(letter.name());
            }
        }
        List<String> withoutAddress = recipients.stream().filter(recipient -> !recipient.hasEmail())
                .map(Kallelse.Recipient::name).toList();
        int sent = letters.size() - failed.size();
        StringBuilder details = new StringBuilder();
        if (!failed.isEmpty()) {
            details.append("kunde inte skickas till: ").append(String.join(", ", failed));
        }
        if (!withoutAddress.isEmpty()) {
            details.append(details.isEmpty() ? "" : "; ").append("saknar e-postadress: ")
                    .append(String.join(", ", withoutAddress));
        }
        String noted = details.length() > AUDIT_DETAILS ? details.substring(0, AUDIT_DETAILS - 1) + "…"
                : details.toString();
        writing.executeWithoutResult(status -> audit.record("KALLELSE_MAILED", Meetings.ENTITY, event.meetingId(),
                event.municipalityCode(), "Kallelsen e-postad till " + sent + " av " + recipients.size()
                        + " ledamöter och ersättare", noted.isEmpty() ? null : noted));
    }

    private Letter letter(Meeting meeting, Kallelse.Recipient recipient) {
        String board = meeting.getBoard().getName();
        String day = KallelsePack.DAY.format(meeting.getDay());
        String subject = messages.getMessage("meeting.kallelse.mail.subject",
                new Object[] {board, meeting.getDay().toString()}, SWEDISH);
        String body = messages.getMessage("meeting.kallelse.mail.body." + recipient.seatType().name(),
                new Object[] {recipient.name(), board, day, KallelsePack.TIME.format(meeting.getStartsAt()),
                    meeting.getPlace(), settings.kallelseLink(meeting.getId())}, SWEDISH);
        return new Letter(recipient.name(), recipient.email(), subject, body);
    }

    private MimeMessage message(JavaMailSender sender, Letter letter)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(new InternetAddress(letter.email(), letter.name(), StandardCharsets.UTF_8.name()));
        helper.setSubject(letter.subject());
        helper.setText(letter.body(), false);
        return message;
    }
}
