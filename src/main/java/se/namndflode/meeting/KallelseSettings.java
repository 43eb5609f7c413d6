package se.namndflode.meeting;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code namndflode.mail.*}: what the application's e-mails need beyond the SMTP server ({@code spring.mail.*},
 * which decides whether any mail is sent at all).
 *
 * @param baseUrl the address members reach the application at, without a trailing slash, e.g.
 *                {@code https://namndflode.kommun.se}; the links in e-mails start with it
 * @param from    the sender of the application's e-mails, e.g. {@code Nämndflöde <namndflode@kommun.se>}
 */
@ConfigurationProperties("namndflode.mail")
record KallelseSettings(String baseUrl, String from) {

    static final String DEFAULT_BASE_URL = "http://localhost:8080";
    static final String DEFAULT_FROM = "Nämndflöde <namndflode@localhost>";

    KallelseSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? DEFAULT_BASE_URL : baseUrl.strip().replaceAll("/+$", "");
        from = from == null || from.isBlank() ? DEFAULT_FROM : from.strip();
    }

    /** The kallelse page of a meeting: {@code <base-url>/sammantraden/<id>/kallelse}. */
    String kallelseLink(Long meetingId) {
        return baseUrl + Kallelse.page(meetingId);
    }
}
