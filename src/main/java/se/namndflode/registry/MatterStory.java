package se.namndflode.registry;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.UserAccount;
import se.namndflode.shared.audit.AuditEvent;
import se.namndflode.shared.audit.AuditLog;

/**
 * A matter's history told as sentences a person reads: who (by name, not user name) did what, in the words of the
 * work ("Erik Holm gav ärendet till handläggaren Sofia Lind."), with the comments and reasons given along the way
 * (a reviewer's return comment, the board's reason for återremiss, why a meeting comes after the answer date) in
 * the same thread. Told from the matter's audit events (the registry's, the process's, the tasks' and the staff
 * report's, all recorded under the matter's id); an event it has no words for is told by its one-line summary.
 */
@Component
class MatterStory {

    /** One line of the story: when, the sentence, and the comment or reason given with it (or null). */
    record Line(OffsetDateTime at, String text, String comment) {
    }

    private static final Pattern VERSION = Pattern.compile("version (\\d+)");
    private static final Pattern TASK = Pattern.compile(": (.+) \\([^()]*\\)$");
    private static final Pattern AFTER = Pattern.compile("→ \"?([^\"]*)\"?$");
    private static final Map<String, String> OUTCOMES = Map.of("utfall: APPROVED", "story.outcome.approved",
            "utfall: RETURNED", "story.outcome.returned");

    private final Accounts accounts;
    private final MessageSource messages;

    MatterStory(Accounts accounts, MessageSource messages) {
        this.accounts = accounts;
        this.messages = messages;
    }

    List<Line> tell(Matter matter, List<AuditEvent> events) {
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> names = accounts.visibleAccounts().stream()
                .collect(java.util.stream.Collectors.toMap(UserAccount::getUsername, UserAccount::getDisplayName,
                        (first, second) -> first));
        Function<String, String> who = actor -> AuditLog.SYSTEM.equals(actor)
                ? text(locale, "story.system") : names.getOrDefault(actor, actor);
        return events.stream().map(event -> line(matter, event, who.apply(event.getActor()), locale)).toList();
    }

    private Line line(Matter matter, AuditEvent event, String actor, Locale locale) {
        String summary = event.getSummary() == null ? "" : event.getSummary();
        String details = event.getDetails();
        String text = switch (event.getEntityType() + "/" + event.getAction()) {
            case "Matter/REGISTERED" -> text(locale, "story.registered", actor,
                    text(locale, matter.getKind().messageKey()), matter.getBoard().getName());
            case "Document/DOCUMENT_REGISTERED" -> text(locale, summary.startsWith("Bilaga")
                    ? "story.attachment" : "story.document", actor, afterColon(summary));
            case "Matter/UPDATED" -> updated(summary, details, actor, locale);
            case "Matter/ACCESS_GRANTED" -> text(locale, "story.accessGranted", actor, beforeNumber(summary));
            case "Matter/ACCESS_REVOKED" -> text(locale, "story.accessRevoked", actor, beforeNumber(summary));
            case "Matter/TASK_CLAIMED" -> text(locale, "story.claimed", actor, task(summary));
            case "Matter/TASK_UNCLAIMED" -> text(locale, "story.unclaimed", actor, task(summary));
            case "Matter/TASK_COMPLETED" -> completed(summary, details, actor, locale);
            case "Matter/PROCESS_STARTED" -> text(locale, "story.processStarted");
            case "Matter/PLACED_ON_AGENDA" -> text(locale, "story.placedOnAgenda", actor, firstDate(summary));
            case "StaffReport/CREATED", "StaffReport/UPDATED" ->
                    text(locale, "story.staffReportSaved", actor, version(summary));
            case "StaffReport/SUBMITTED" -> text(locale, "story.staffReportSubmitted", actor, version(summary));
            case "StaffReport/RETURNED" -> text(locale, "story.staffReportReturned", actor);
            case "StaffReport/APPROVED" -> text(locale, "story.staffReportApproved", actor, version(summary));
            default -> text(locale, "story.other", actor, summary);
        };
        return new Line(event.getOccurredAt(), text, comment(details));
    }

    /** A case officer given or taken away, or a new status; otherwise what the summary says. */
    private String updated(String summary, String details, String actor, Locale locale) {
        String after = details == null ? null : lastValue(details);
        if (summary.startsWith("Handläggare ändrad")) {
            return after == null || after.equals("–")
                    ? text(locale, "story.caseOfficerRemoved", actor)
                    : text(locale, "story.caseOfficer", actor, after);
        }
        if (summary.startsWith("Status ändrad") && after != null) {
            String status = java.util.Arrays.stream(MatterStatus.values()).filter(s -> s.name().equals(after))
                    .findFirst().map(s -> text(locale, s.messageKey())).orElse(after);
            return text(locale, "story.status", actor, status);
        }
        return text(locale, "story.other", actor, summary);
    }

    /** A task done, with its outcome in words (approved, back to the case officer) or what was given with it. */
    private String completed(String summary, String details, String actor, Locale locale) {
        String task = task(summary);
        if (details != null && OUTCOMES.containsKey(details)) {
            return text(locale, "story.completedWith", actor, task, text(locale, OUTCOMES.get(details)));
        }
        if (details != null && comment(details) == null) {
            return text(locale, "story.completedWith", actor, task, details);
        }
        return text(locale, "story.completed", actor, task);
    }

    /** The comment or reason a person wrote ("kommentar: …", "skäl: …"), or null. */
    static String comment(String details) {
        if (details == null) {
            return null;
        }
        for (String prefix : List.of("kommentar: ", "skäl: ")) {
            if (details.startsWith(prefix)) {
                return details.substring(prefix.length()).trim();
            }
        }
        return null;
    }

    private static String lastValue(String details) {
        Matcher matcher = AFTER.matcher(details.trim());
        return matcher.find() ? matcher.group(1) : null;
    }

    private static String task(String summary) {
        Matcher matcher = TASK.matcher(summary);
        return matcher.find() ? matcher.group(1) : afterColon(summary);
    }

    private static String afterColon(String summary) {
        int colon = summary.indexOf(": ");
        return colon < 0 ? summary : summary.substring(colon + 2);
    }

    private static String beforeNumber(String summary) {
        String rest = afterColon(summary);
        int open = rest.lastIndexOf(" (");
        return open < 0 ? rest : rest.substring(0, open);
    }

    private static String version(String summary) {
        Matcher matcher = VERSION.matcher(summary);
        return matcher.find() ? matcher.group(1) : "?";
    }

    private static String firstDate(String summary) {
        Matcher matcher = Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(summary);
        return matcher.find() ? matcher.group() : summary;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
