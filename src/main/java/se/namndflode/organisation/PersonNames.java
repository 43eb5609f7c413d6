package se.namndflode.organisation;

import java.util.Map;
import se.namndflode.shared.audit.AuditLog;

/**
 * People's names by user name, for pages that show who did something recorded by user name (a version saved, a
 * status report, an access granted, a task held). Every page's model has those of the user's municipalities as
 * {@code personNames} ({@link Accounts#personNames()}, read only when a page uses it).
 *
 * @param names user name to the person's name
 */
public record PersonNames(Map<String, String> names) {

    /** The application itself, where it acted (an automatic status report, a timer). */
    public static final String APPLICATION = "Nämndflöde";

    public PersonNames {
        names = Map.copyOf(names);
    }

    /**
     * The person's name for a user name ("handlaggare" → "Sofia Lind"); {@value #APPLICATION} for the application's
     * own actor; the user name itself when it is no account of the user's municipalities; null for null.
     */
    public String of(String username) {
        if (username == null) {
            return null;
        }
        if (AuditLog.SYSTEM.equals(username)) {
            return APPLICATION;
        }
        return names.getOrDefault(username, username);
    }
}
