package se.namndflode.shared.mail;

/** One plain-text e-mail to one person. */
public record Letter(Recipient to, String subject, String body) {
}
