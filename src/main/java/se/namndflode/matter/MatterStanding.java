package se.namndflode.matter;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.UserAccount;
import se.namndflode.registry.MatterPageFacts;

/**
 * Where a matter stands in its process, at the top of its page: the step it waits in and who holds it (by name,
 * or the role whose members may take it), and the meeting it is put forward to until the board has handled it.
 */
@Component
@Transactional(readOnly = true)
class MatterStanding implements MatterPageFacts {

    private final BoardMatterProcess process;
    private final Accounts accounts;
    private final MessageSource messages;

    MatterStanding(BoardMatterProcess process, Accounts accounts, MessageSource messages) {
        this.process = process;
        this.accounts = accounts;
        this.messages = messages;
    }

    @Override
    public List<Fact> facts(Long matterId) {
        MatterProgress progress = process.progress(matterId).orElse(null);
        if (progress == null || !progress.isOpen()) {
            return List.of();
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<Fact> facts = new ArrayList<>();
        List<BoardMatterProcess.OpenStep> steps = process.openSteps(matterId);
        if (!steps.isEmpty()) {
            Map<String, String> names = accounts.visibleAccounts().stream()
                    .collect(Collectors.toMap(UserAccount::getUsername, UserAccount::getDisplayName, (a, b) -> a));
            for (BoardMatterProcess.OpenStep step : steps) {
                String holder = step.assignee() != null ? names.getOrDefault(step.assignee(), step.assignee())
                        : text(locale, "matter.standing.free", step.candidateGroups().stream()
                                .map(role -> text(locale, "role." + role)).collect(Collectors.joining(", ")));
                facts.add(new Fact("matter.standing.step", text(locale, "matter.standing.stepHeld",
                        text(locale, "task." + step.activityId()), holder), null));
            }
        }
        if (progress.getMeetingDate() != null && (progress.getDecidedOn() == null
                || progress.getDecidedOn().isBefore(progress.getMeetingDate()))) {
            facts.add(new Fact("matter.standing.meeting", progress.getMeetingDate().toString(), null));
        }
        return facts;
    }

    private String text(Locale locale, String key, Object... args) {
        return messages.getMessage(key, args, key, locale);
    }
}
