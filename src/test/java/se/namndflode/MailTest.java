package se.namndflode;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * An {@link IntegrationTest} of the application's e-mails: an SMTP server is configured (the host here, before the
 * context decides whether to send mail at all; the port of {@link SmtpServer}), with short timeouts, the links'
 * base {@link SmtpServer#BASE_URL} and the sender {@link SmtpServer#FROM}. The test registers the server itself:
 * {@code @RegisterExtension static GreenMailExtension smtp = SmtpServer.extension();}
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@IntegrationTest
@TestPropertySource(properties = {"spring.mail.host=127.0.0.1",
        "spring.mail.properties.mail.smtp.connectiontimeout=2000", "spring.mail.properties.mail.smtp.timeout=2000",
        "namndflode.mail.base-url=" + SmtpServer.BASE_URL + "/",
        "namndflode.mail.from=Nämndflöde <" + SmtpServer.FROM + ">"})
@Import(SmtpServer.Port.class)
public @interface MailTest {
}
