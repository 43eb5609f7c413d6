package se.namndflode.matter;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.namndflode.organisation.Accounts;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterRegistered;
import se.namndflode.registry.Registry;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * Starts the board-matter process for every registered matter, inside the registering transaction: a
 * registration that fails starts nothing, and a process that cannot start undoes the registration (and gives
 * its number back).
 */
@Component
class StartOnRegistration {

    private final Registry registry;
    private final Accounts accounts;
    private final BoardMatterProcess process;

    StartOnRegistration(Registry registry, Accounts accounts, BoardMatterProcess process) {
        this.registry = registry;
        this.accounts = accounts;
        this.process = process;
    }

    @EventListener
    void on(MatterRegistered registered) {
        Matter matter = registry.matter(registered.matterId());
        String caseOfficer = matter.getCaseOfficerId() == null ? null
                : accounts.visibleAccount(matter.getCaseOfficerId()).getUsername();
        process.start(new MatterStart(matter.getId(), registered.registryNumber().toString(),
                matter.getMunicipality().getCode(), matter.getKind().name(), matter.getAnswerDue(), caseOfficer,
                matter.getRegisteredAt().atZoneSameInstant(WorkingDayCalendar.STOCKHOLM).toLocalDate()));
    }
}
