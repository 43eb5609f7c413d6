package se.namndflode.shared.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.shared.audit.AuditLog;

/**
 * Sends a capability's e-mails once the change they tell of has committed, as the kallelse's e-mail does (see
 * docs/decisions.md): the capability publishes an event in its transaction (an engine job's, for the processes'
 * reminders) and calls {@link #mail} from a {@code @TransactionalEventListener(phase = AFTER_COMMIT)}.
 *
 * <p><b>Whether</b>: only when an SMTP server is configured ({@code spring.mail.host}: Spring Boot then provides a
 * {@link JavaMailSender}); with none, nothing is sent, nothing fails, and the log says so. A person without an
 * address gets nothing; the audit names them.
 *
 * <p><b>Failure</b>: a failed e-mail is logged and audited and never undoes the committed step, and never fails the
 * engine's job (its retry would mail the others twice). As the mails go out after the commit, a job that fails and
 * is retried mails nobody until the attempt that commits: no e-mail for a step that did not happen, and none twice.
 * The price is "at most once": a node that stops between the commit and the last e-mail leaves the rest unsent
 * (the audit shows who got one).
 *
 * <p><b>Audit</b>: one event per round of e-mails, in a transaction of its own (the step's has committed), with
 * how many went out and, in its details, to whom they could not be sent and who has no address.
 */
@Service
public class Mailer {

    /** The e-mails' language: the municipalities' own. */
    public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final Logger LOG = LoggerFactory.getLogger(Mailer.class);
    /** The audit log's room for details (V2__audit.sql). */
    private static final int AUDIT_DETAILS = 4000;

    /**
     * What became of a round of e-mails.
     *
     * @param sent           how many went out
     * @param recipients     how many people the round was for (with an address or not)
     * @param failed         the names of those whose e-mail could not be sent
     * @param withoutAddress the names of those without an address
     */
    public record Outcome(int sent, int recipients, List<String> failed, List<String> withoutAddress) {

        /** For the audit log: "kunde inte skickas till: ...; saknar e-postadress: ...", or null when neither. */
        public String details() {
            StringBuilder details = new StringBuilder();
            if (!failed.isEmpty()) {
                details.append("kunde inte skickas till: ").append(String.join(", ", failed));
            }
            if (!withoutAddress.isEmpty()) {
                details.append(details.isEmpty() ? "" : "; ").append("saknar e-postadress: ")
                        .append(String.join(", ", withoutAddress));
            }
            return details.isEmpty() ? null : details.length() > AUDIT_DETAILS
                    ? details.substring(0, AUDIT_DETAILS - 1) + "…" : details.toString();
        }
    }

    /** The audit event of a round: what, of which entity, in which municipality, and a line a person reads. */
    public record Audit(String action, String entityType, Object entityId, String municipalityCode, String summary) {
    }

    /**
     * A round of e-mails as a capability writes it.
     *
     * @param letters one per person, those without an address included (they are counted, not sent)
     * @param audited the audit event of the round's outcome
     */
    public record Round(List<Letter> letters, Function<Outcome, Audit> audited) {
    }

    private final ObjectProvider<JavaMailSender> senders;
    private final MailSettings settings;
    private final MessageSource messages;
    private final AuditLog audit;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;

    Mailer(ObjectProvider<JavaMailSender> senders, MailSettings settings, MessageSource messages, AuditLog audit,
            PlatformTransactionManager transactions) {
        this.senders = senders;
        this.settings = settings;
        this.messages = messages;
        this.audit = audit;
        // After the commit the step's transaction resources are still bound: work of our own needs a new one.
        this.reading = new TransactionTemplate(transactions);
        this.reading.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether an SMTP server is configured ({@code spring.mail.host}), so that e-mail is sent at all. */
    public boolean configured() {
        return senders.getIfAvailable() != null;
    }

    /** An absolute link to a page of the application ({@code namndflode.mail.base-url} and the path). */
    public String link(String path) {
        return settings.link(path);
    }

    /**
     * A text of the e-mails in Swedish ({@code messages_sv.properties}), its arguments as they print (dates as ISO
     * days, numbers without grouping, null as nothing).
     */
    public String text(String key, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = arguments[i] == null ? "" : arguments[i].toString();
        }
        return messages.getMessage(key, texts, SWEDISH);
    }

    /**
     * One round of e-mails: when an SMTP server is configured, writes the round (in a read-only transaction of its
     * own), sends its letters to people with an address one by one, and audits the outcome (in a transaction of its
     * own; no event when the round had nobody to write to). Never throws: a failure is logged.
     *
     * @param what  for the log, e.g. "The end-date reminder of assignment 12"
     * @param round writes the letters and says how to audit them
     * @return the outcome, or empty when no SMTP server is configured or the round failed before sending
     */
    public Optional<Outcome> mail(String what, Supplier<Round> round) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            LOG.info("No SMTP server configured (spring.mail.host): {} is not e-mailed", what);
            return Optional.empty();
        }
        try {
            Round written = reading.execute(status -> round.get());
            Outcome outcome = send(sender, what, written.letters());
            if (outcome.recipients() > 0) {
                Audit event = written.audited().apply(outcome);
                writing.executeWithoutResult(status -> audit.record(event.action(), event.entityType(),
                        event.entityId(), event.municipalityCode(), event.summary(), outcome.details()));
            }
            return Optional.of(outcome);
        } catch (RuntimeException failure) {
            // The step has committed; neither the person's request nor the engine's job may fail over its e-mails.
            LOG.error("{} could not be e-mailed", what, failure);
            return Optional.empty();
        }
    }

    /**
     * Sends letters now, in the caller's thread and transaction, one by one, for a caller that audits the outcome
     * itself (the weekly digest's job); a failed e-mail is logged and counted, never thrown. Those to a person without
     * an address are counted, not sent (their subject and body are not read).
     *
     * @throws IllegalStateException when no SMTP server is configured ({@link #configured()})
     */
    public Outcome send(String what, List<Letter> letters) {
        JavaMailSender sender = senders.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("No SMTP server configured (spring.mail.host)");
        }
        return send(sender, what, letters);
    }

    private Outcome send(JavaMailSender sender, String what, List<Letter> letters) {
        List<String> failed = new ArrayList<>();
        List<String> withoutAddress = new ArrayList<>();
        int sent = 0;
        for (Letter letter : letters) {
            if (!letter.to().hasAddress()) {
                LOG.info("{} is not e-mailed to {}: no e-mail address", what, letter.to().name());
                withoutAddress.add(letter.to().name());
                continue;
            }
            try {
                sender.send(message(sender, letter));
                sent++;
            } catch (MailException | MessagingException | UnsupportedEncodingException failure) {
                LOG.warn("{} could not be e-mailed to {}", what, letter.to().email(), failure);
                failed.add(letter.to().name());
            }
        }
        return new Outcome(sent, letters.size(), List.copyOf(failed), List.copyOf(withoutAddress));
    }

    private MimeMessage message(JavaMailSender sender, Letter letter)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.from());
        helper.setTo(new InternetAddress(letter.to().email().strip(), letter.to().name(),
                StandardCharsets.UTF_8.name()));
        helper.setSubject(letter.subject());
        helper.setText(letter.body(), false);
        return message;
    }
}
