/**
 * Shared e-mail support: the application's settings for e-mail ({@code namndflode.mail.*}), who a user is by
 * e-mail ({@link se.namndflode.shared.mail.Recipient}), and {@link se.namndflode.shared.mail.Mailer}, which sends a
 * capability's letters after its transaction committed, when an SMTP server is configured, and audits them.
 */
@org.springframework.modulith.NamedInterface("mail")
package se.namndflode.shared.mail;
