package se.namndflode.followup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import se.namndflode.goal.Indicator;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.Organisation;
import se.namndflode.shared.mail.Letter;
import se.namndflode.shared.mail.Mailer;
import se.namndflode.shared.mail.Recipient;

/**
 * E-mails what the follow-up process's outcome watch finds ({@link FollowUpSteps#remind},
 * {@link FollowUpSteps#escalate}), through {@link Mailer}: after the engine's transaction commits, only when an
 * SMTP server is configured, at most once, a failure logged and audited and never undoing the step.
 *
 * <ul>
 * <li>The reminder before the deadline: to each indicator owner whose outcomes are still missing, with their own
 * list of those indicators, the deadline and the link to their task "Lämna utfall". Audit
 * {@code FOLLOW_UP_REMINDER_MAILED}.
 * <li>The escalation when the deadline passed: to the manager who started the follow-up (who has the task "Hantera
 * saknade utfall"), with which owners have not entered which indicators and the link to that task. Audit
 * {@code FOLLOW_UP_ESCALATION_MAILED}.
 * </ul>
 * The board's goals and indicators are the board's public plan: nothing in these e-mails is confidential.
 */
@Component
class FollowUpMail {

    static final String REMINDER_MAILED = "FOLLOW_UP_REMINDER_MAILED";
    static final String ESCALATION_MAILED = "FOLLOW_UP_ESCALATION_MAILED";

    /** Published by the reminder step, in the engine's transaction. */
    record ReminderDue(Long followUpId) {
    }

    /** Published by the escalation step, in the engine's transaction. */
    record Escalated(Long followUpId) {
    }

    private final Mailer mailer;
    private final FollowUpRepository followUps;
    private final OutcomeOwners owners;
    private final Accounts accounts;
    private final Organisation organisation;
    private final TaskService tasks;

    FollowUpMail(Mailer mailer, FollowUpRepository followUps, OutcomeOwners owners, Accounts accounts,
            Organisation organisation, TaskService tasks) {
        this.mailer = mailer;
        this.followUps = followUps;
        this.owners = owners;
        this.accounts = accounts;
        this.organisation = organisation;
        this.tasks = tasks;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void reminded(ReminderDue event) {
        mailer.mail("The outcome reminder of follow-up " + event.followUpId(), () -> {
            FollowUp followUp = find(event.followUpId());
            List<Letter> letters = new ArrayList<>();
            missingByOwner(followUp).forEach((owner, indicators) -> {
                Recipient person = person(owner);
                letters.add(letter(person, followUp, mailer.text("followUp.mail.reminder.subject",
                        period(followUp), followUp.getBoard().getName(), followUp.getDeadline()),
                        mailer.text("followUp.mail.reminder.body", person.name(), period(followUp),
                                followUp.getBoard().getName(), municipality(followUp), followUp.getDeadline(),
                                list(indicators)), taskLink(followUp, "EnterOutcomes", owner)));
            });
            String title = FollowUps.title(followUp);
            return new Mailer.Round(letters, outcome -> audit(REMINDER_MAILED, followUp, "Påminnelsen om utfall "
                    + "till " + title + " e-postad till " + outcome.sent() + " av "
                    + outcome.recipients() + " utfallsansvariga"));
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void escalated(Escalated event) {
        mailer.mail("The escalation of follow-up " + event.followUpId(), () -> {
            FollowUp followUp = find(event.followUpId());
            Recipient manager = person(followUp.getStartedBy());
            StringBuilder missing = new StringBuilder();
            missingByOwner(followUp).forEach((owner, indicators) -> missing.append(mailer.text(
                    "followUp.mail.escalation.owner", person(owner).name())).append('\n').append(list(indicators)));
            Letter letter = letter(manager, followUp, mailer.text("followUp.mail.escalation.subject",
                    period(followUp), followUp.getBoard().getName()), mailer.text("followUp.mail.escalation.body",
                            manager.name(), period(followUp), followUp.getBoard().getName(), municipality(followUp),
                            followUp.getDeadline(), missing.toString().stripTrailing()),
                    taskLink(followUp, "HandleMissingOutcomes", followUp.getStartedBy()));
            String title = FollowUps.title(followUp);
            return new Mailer.Round(List.of(letter), outcome -> audit(ESCALATION_MAILED, followUp, "Eskaleringen "
                    + "av saknade utfall till " + title + " e-postad till " + outcome.sent()
                    + " av " + outcome.recipients() + " (chefen)"));
        });
    }

    /** The owners (user names, in order) with their indicators still without an outcome. */
    private Map<String, List<Indicator>> missingByOwner(FollowUp followUp) {
        Set<Long> missing = owners.missing(followUp).stream().map(Indicator::getId).collect(Collectors.toSet());
        Map<String, List<Indicator>> byOwner = new LinkedHashMap<>();
        owners.byOwner(followUp).forEach((owner, indicators) -> {
            List<Indicator> theirs = indicators.stream().filter(one -> missing.contains(one.getId())).toList();
            if (!theirs.isEmpty()) {
                byOwner.put(owner, theirs);
            }
        });
        return byOwner;
    }

    /** One line per indicator: "- I02 Andel ...". */
    private static String list(List<Indicator> indicators) {
        StringBuilder lines = new StringBuilder();
        indicators.forEach(indicator -> lines.append("- ").append(indicator.getCode()).append(' ')
                .append(indicator.getName()).append('\n'));
        return lines.toString();
    }

    /** The person's task of the follow-up (its page opens the follow-up), or the follow-up's page without one. */
    private String taskLink(FollowUp followUp, String activity, String assignee) {
        List<Task> found = followUp.getProcessInstanceId() == null ? List.of() : tasks.createTaskQuery()
                .processInstanceId(followUp.getProcessInstanceId()).taskDefinitionKey(activity)
                .taskAssignee(assignee).list();
        return mailer.link(found.isEmpty() ? "/uppfoljning/" + followUp.getId() : "/uppgifter/" + found.get(0).getId());
    }

    private Letter letter(Recipient person, FollowUp followUp, String subject, String body, String link) {
        return new Letter(person, subject, body + "\n\n" + mailer.text("followUp.mail.link", link) + "\n\n"
                + mailer.text("mail.signature", municipality(followUp)));
    }

    /** Who an owner or manager is by e-mail; one whose account is gone is named by their user name, unreachable. */
    private Recipient person(String username) {
        return accounts.recipient(username).orElse(new Recipient(username, username, null));
    }

    private String municipality(FollowUp followUp) {
        return organisation.municipalityName(followUp.getMunicipalityCode());
    }

    private static String period(FollowUp followUp) {
        return followUp.getPeriodCode() + " " + followUp.getPlanYear();
    }

    private static Mailer.Audit audit(String action, FollowUp followUp, String summary) {
        return new Mailer.Audit(action, FollowUps.ENTITY, followUp.getId(), followUp.getMunicipalityCode(), summary);
    }

    private FollowUp find(Long id) {
        return followUps.findById(id).orElseThrow(() -> new IllegalStateException("No follow-up " + id));
    }
}
