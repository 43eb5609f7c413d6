package se.namndflode.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.Organisation;
import se.namndflode.registry.MatterEntry;
import se.namndflode.registry.Registry;
import se.namndflode.shared.mail.Letter;
import se.namndflode.shared.mail.Mailer;
import se.namndflode.shared.mail.Recipient;
import se.namndflode.shared.security.Role;

/**
 * E-mails what the assignment process's end-date watch finds ({@link AssignmentSteps#remind},
 * {@link AssignmentSteps#markOverdue}), through {@link Mailer}: after the engine's transaction commits, only when an
 * SMTP server is configured, at most once, a failure logged and audited and never undoing the step.
 *
 * <ul>
 * <li>The reminder, N working days before the end date: to the responsible person (none appointed: nobody), with
 * the end date, what happens if it passes, and the link to the assignment. Audit {@code REMINDER_MAILED}.
 * <li>Overdue, the day after the end date: to the responsible person and to the municipality's managers, who get
 * the task to act on it in Gruppens uppgifter (accounts belong to a municipality, not to a board or unit), with what
 * the deviation says, what is expected of each of them (explain it; extend, reassign or escalate) and the link.
 * Audit {@code OVERDUE_MAILED}.
 * </ul>
 *
 * <p>A mailbox is outside the application's access control: an assignment given by a decision in a confidential
 * matter is named by its reference and the matter's number and public title only, never by its text (the
 * registry's rule for e-mail, as the weekly digest's).
 */
@Component
class AssignmentMail {

    static final String REMINDER_MAILED = "REMINDER_MAILED";
    static final String OVERDUE_MAILED = "OVERDUE_MAILED";

    /** Published by the reminder step, in the engine's transaction. */
    record ReminderDue(Long assignmentId) {
    }

    /** Published by the overdue step, in the engine's transaction. */
    record OverdueNow(Long assignmentId) {
    }

    private final Mailer mailer;
    private final AssignmentRepository assignments;
    private final Accounts accounts;
    private final Organisation organisation;
    private final Registry registry;

    AssignmentMail(Mailer mailer, AssignmentRepository assignments, Accounts accounts, Organisation organisation,
            Registry registry) {
        this.mailer = mailer;
        this.assignments = assignments;
        this.accounts = accounts;
        this.organisation = organisation;
        this.registry = registry;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void reminded(ReminderDue event) {
        mailer.mail("The end-date reminder of assignment " + event.assignmentId(), () -> {
            Assignment assignment = find(event.assignmentId());
            List<Letter> letters = accounts.recipient(assignment.getResponsible()).map(person -> letter(person,
                    text("assignment.mail.reminder.subject", assignment.getReference(), assignment.getEndDate()),
                    text("assignment.mail.reminder.body", person.name(), assignment.getReference(),
                            assignment.getBoard().getName(), municipality(assignment), what(assignment),
                            assignment.getEndDate(), assignment.getEndDate().plusDays(1)),
                    assignment)).stream().toList();
            return new Mailer.Round(letters, outcome -> audit(REMINDER_MAILED, assignment, "Påminnelsen om "
                    + "slutdatumet för uppdraget " + assignment.getReference() + " e-postad till " + outcome.sent()
                    + " av " + outcome.recipients()));
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void overdue(OverdueNow event) {
        mailer.mail("The overdue notice of assignment " + event.assignmentId(), () -> {
            Assignment assignment = find(event.assignmentId());
            // One e-mail per person; the responsible person who is also a manager reads both parts in it.
            Map<String, Recipient> people = new LinkedHashMap<>();
            Optional<Recipient> responsible = accounts.recipient(assignment.getResponsible());
            responsible.ifPresent(person -> people.put(person.username(), person));
            List<Recipient> managers = accounts.recipients(assignment.getMunicipalityCode(), Role.MANAGER);
            managers.forEach(manager -> people.putIfAbsent(manager.username(), manager));
            List<Letter> letters = new ArrayList<>();
            for (Recipient person : people.values()) {
                boolean isResponsible = responsible.filter(one -> one.username().equals(person.username()))
                        .isPresent();
                boolean isManager = managers.stream().anyMatch(one -> one.username().equals(person.username()));
                letters.add(overdueLetter(assignment, person, isResponsible, isManager));
            }
            return new Mailer.Round(letters, outcome -> audit(OVERDUE_MAILED, assignment, "Förseningen av "
                    + "uppdraget " + assignment.getReference() + " e-postad till " + outcome.sent() + " av "
                    + outcome.recipients() + " (den ansvariga och kommunens chefer)"));
        });
    }

    private static Mailer.Audit audit(String action, Assignment assignment, String summary) {
        return new Mailer.Audit(action, Assignments.ENTITY, assignment.getId(), assignment.getMunicipalityCode(),
                summary);
    }

    private Letter overdueLetter(Assignment assignment, Recipient person, boolean isResponsible, boolean isManager) {
        LocalDate end = assignment.getEndDate();
        LocalDate since = assignment.getOverdueSince() == null ? end.plusDays(1) : assignment.getOverdueSince();
        StringBuilder body = new StringBuilder(text("assignment.mail.overdue.body", person.name(),
                assignment.getReference(), assignment.getBoard().getName(), municipality(assignment),
                what(assignment), end, since, assignment.getResponsibleName() == null
                        ? text("assignment.mail.noResponsible") : assignment.getResponsibleName()));
        if (isResponsible) {
            body.append("\n\n").append(text("assignment.mail.overdue.responsible"));
        }
        if (isManager) {
            body.append("\n\n").append(text("assignment.mail.overdue.manager"));
        }
        return letter(person, text("assignment.mail.overdue.subject", assignment.getReference(), end),
                body.toString(), assignment);
    }

    /** The letter with the link to the assignment and the signature. */
    private Letter letter(Recipient person, String subject, String body, Assignment assignment) {
        return new Letter(person, subject, body + "\n\n" + text("assignment.mail.link",
                mailer.link("/uppdrag/" + assignment.getId())) + "\n\n" + text("mail.signature",
                        municipality(assignment)));
    }

    /** The assignment's text; for one given in a confidential matter, the matter's number and public title only. */
    private String what(Assignment assignment) {
        Optional<MatterEntry> source = assignment.getSourceMatterId() == null ? Optional.empty()
                : registry.wholeEntry(assignment.getSourceMatterId());
        if (source.isPresent() && source.get().confidential()) {
            MatterEntry matter = source.get();
            return text("assignment.mail.confidential", matter.registryNumber().toString(),
                    matter.publicTitle() == null ? text(Registry.MASKED_TITLE) : matter.publicTitle());
        }
        return "”" + assignment.getText() + "”";
    }

    private String municipality(Assignment assignment) {
        return organisation.municipalityName(assignment.getMunicipalityCode());
    }

    private String text(String key, Object... arguments) {
        return mailer.text(key, arguments);
    }

    private Assignment find(Long id) {
        return assignments.findById(id).orElseThrow(() -> new IllegalStateException("No assignment " + id));
    }
}
