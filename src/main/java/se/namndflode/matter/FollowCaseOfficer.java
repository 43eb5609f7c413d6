package se.namndflode.matter;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import se.namndflode.organisation.Accounts;
import se.namndflode.registry.CaseOfficerChanged;

/**
 * Moves the preparation task to the matter's new case officer when a manager changes it in the registry, in
 * the same transaction: the registry's change and the task's holder never disagree.
 */
@Component
class FollowCaseOfficer {

    private final Accounts accounts;
    private final BoardMatterProcess process;

    FollowCaseOfficer(Accounts accounts, BoardMatterProcess process) {
        this.accounts = accounts;
        this.process = process;
    }

    @EventListener
    void on(CaseOfficerChanged changed) {
        String username = changed.caseOfficerId() == null ? null
                : accounts.visibleAccount(changed.caseOfficerId()).getUsername();
        process.caseOfficerChanged(changed.matterId(), username);
    }
}
