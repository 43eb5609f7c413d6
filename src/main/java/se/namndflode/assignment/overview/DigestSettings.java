package se.namndflode.assignment.overview;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code namndflode.mail.*} as the weekly digest reads it (the same settings as the kallelse's e-mail): the address
 * the application is reached at, for the links, and the sender.
 *
 * @param baseUrl without a trailing slash, e.g. {@code https://namndflode.kommun.se}
 * @param from    e.g. {@code Nämndflöde <namndflode@kommun.se>}
 */
@ConfigurationProperties("namndflode.mail")
record DigestSettings(String baseUrl, String from) {

    DigestSettings {
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.strip().replaceAll("/+$", "");
        from = from == null || from.isBlank() ? "Nämndflöde <namndflode@localhost>" : from.strip();
    }
}
