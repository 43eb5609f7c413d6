package se.namndflode.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import se.namndflode.shared.audit.AuditLog;

/**
 * Without an SMTP server ({@code spring.mail.host} unset, so no {@link JavaMailSender}) a round of e-mails is not
 * even written: nothing is read, sent or audited, and nothing fails. An outcome's audit details name those whose
 * e-mail failed and those without an address.
 */
class MailerTest {

    @Test
    void withoutAnSmtpServerNothingIsWrittenSentOrAuditedAndNothingFails() {
        AuditLog audit = mock(AuditLog.class);
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        Mailer mailer = new Mailer(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                new MailSettings(null, null), new StaticMessageSource(), audit, transactions);
        AtomicBoolean written = new AtomicBoolean();

        assertThat(mailer.mail("A reminder", () -> {
            written.set(true);
            return new Mailer.Round(List.of(new Letter(new Recipient("a", "A", "a@namndflode.test"), "S", "B")),
                    outcome -> new Mailer.Audit("MAILED", "Thing", 1L, "kommun", "e-postad"));
        })).isEmpty();
        assertThat(written).isFalse();
        verifyNoInteractions(audit, transactions);
    }

    @Test
    void theAuditDetailsNameTheFailedAndThoseWithoutAnAddress() {
        assertThat(new Mailer.Outcome(1, 3, List.of("Anna"), List.of("Bo", "Cia")).details())
                .isEqualTo("kunde inte skickas till: Anna; saknar e-postadress: Bo, Cia");
        assertThat(new Mailer.Outcome(0, 1, List.of(), List.of("Bo")).details()).isEqualTo("saknar e-postadress: Bo");
        assertThat(new Mailer.Outcome(2, 2, List.of(), List.of()).details()).isNull();
        assertThat(new MailSettings("https://namndflode.kommun.se//", " ").link("/uppdrag/7"))
                .isEqualTo("https://namndflode.kommun.se/uppdrag/7");
    }
}
