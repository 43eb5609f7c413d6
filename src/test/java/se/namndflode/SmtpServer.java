package se.namndflode;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * The real SMTP server (GreenMail) in the test's JVM that the tests of the application's e-mails read, so that they
 * go through Jakarta Mail and SMTP as production does. A mail test is annotated {@link MailTest} (the application
 * then sends to this server, with {@link #BASE_URL} and {@link #FROM}) and registers the server, started and emptied
 * before each test and stopped after it:
 * <pre>{@code @RegisterExtension static GreenMailExtension smtp = SmtpServer.extension();}</pre>
 */
public final class SmtpServer {

    /**
     * One port for the whole run: every mail test's application is configured alike, and those whose context is
     * otherwise alike share it.
     */
    public static final int PORT = freePort();
    /** The address of the application in the e-mails' links ({@code namndflode.mail.base-url}). */
    public static final String BASE_URL = "https://namndflode.test";
    /** The sender of the application's e-mails ({@code namndflode.mail.from}). */
    public static final String FROM = "noreply@namndflode.test";

    private SmtpServer() {
    }

    /** The server on {@link #PORT}, for {@code @RegisterExtension}. */
    public static GreenMailExtension extension() {
        return new GreenMailExtension(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** Gives a user's account an e-mail address (the address e-mails to them go to, before their person's). */
    public static void giveAddress(JdbcTemplate jdbc, String username, String address) {
        jdbc.update("update user_account set email = ? where username = ?", address, username);
    }

    /** The single To address of a received e-mail. */
    public static String to(MimeMessage message) {
        try {
            Address[] recipients = message.getRecipients(MimeMessage.RecipientType.TO);
            if (recipients == null || recipients.length != 1) {
                throw new AssertionError("Expected one recipient, got " + java.util.Arrays.toString(recipients));
            }
            return ((InternetAddress) recipients[0]).getAddress();
        } catch (MessagingException failure) {
            throw new AssertionError(failure);
        }
    }

    /** The plain text of a received e-mail, decoded, with its lines ending in "\n". */
    public static String text(MimeMessage message) {
        try {
            return ((String) message.getContent()).replace("\r\n", "\n");
        } catch (IOException | MessagingException failure) {
            throw new AssertionError(failure);
        }
    }

    /** The e-mail received by an address; fails unless exactly one was. */
    public static MimeMessage to(GreenMailExtension smtp, String address) {
        java.util.List<MimeMessage> found = java.util.Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> to(message).equals(address)).toList();
        if (found.size() != 1) {
            throw new AssertionError("Expected one e-mail to " + address + ", got " + found.size());
        }
        return found.get(0);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Points the application's SMTP port at the server ({@code spring.mail.host} is in {@link MailTest}). */
    @TestConfiguration(proxyBeanMethods = false)
    static class Port {

        @Bean
        DynamicPropertyRegistrar smtpPort() {
            return registry -> registry.add("spring.mail.port", () -> PORT);
        }
    }
}
