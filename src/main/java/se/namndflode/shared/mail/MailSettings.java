package se.namndflode.shared.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code namndflode.mail.*}: what the application's e-mails need beyond the SMTP server ({@code spring.mail.*},
 * which decides whether any mail is sent at all).
 *
 * @param baseUrl the address people reach the application at, without a trailing slash, e.g.
 *                {@code https://namndflode.kommun.se}; the links in e-mails start with it
 * @param from    the sender of the application's e-mails, e.g. {@code Nämndflöde <namndflode@kommun.se>}
 */
@ConfigurationProperties("namndflode.mail")
public record MailSettings(String baseUrl, String from) {

    public MailSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip().replaceAll("/+$", "");
        from = from == null || from.isBlank() ? "Nämndflöde <namndflode@localhost>" : from.strip();
    }

    /** An absolute link to a page of the application: {@code <base-url><path>}, the path starting with "/". */
    public String link(String path) {
        return baseUrl + path;
    }
}
