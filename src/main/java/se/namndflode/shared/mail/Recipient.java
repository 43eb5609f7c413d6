package se.namndflode.shared.mail;

/**
 * A user as an e-mail reaches them.
 *
 * @param username their user name (what tasks and responsibilities name them by)
 * @param name     their display name, for the greeting and the address
 * @param email    their address (the account's, else their person's), or null when they have none
 */
public record Recipient(String username, String name, String email) {

    public boolean hasAddress() {
        return email != null && !email.isBlank();
    }
}
