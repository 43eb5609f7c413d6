package se.namndflode.matter;

import org.springframework.stereotype.Component;
import se.namndflode.organisation.Accounts;
import se.namndflode.registry.Matter;
import se.namndflode.registry.Registry;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;

/**
 * The matter of a page or API address ({@code SOF-2026-12}), if the signed-in user may see it (otherwise "not
 * found"), and what the matter pages need to know about it and the user.
 */
@Component
class VisibleMatters {

    private final Registry registry;
    private final Accounts accounts;

    VisibleMatters(Registry registry, Accounts accounts) {
        this.registry = registry;
        this.accounts = accounts;
    }

    /** {@code SOF-2026-12}, or {@code sjostad:SOF-2026-12} (see {@link Registry#matterAt(String)}). */
    Matter matter(String address) {
        return registry.matterAt(address);
    }

    /** The case officer's display name, or null when the matter has none yet. */
    String caseOfficerName(Matter matter) {
        return matter.getCaseOfficerId() == null ? null
                : accounts.visibleAccount(matter.getCaseOfficerId()).getDisplayName();
    }

    /** Only the matter's case officer, or a manager, writes its staff report. */
    static boolean mayEditStaffReport(Matter matter) {
        SignedInUser user = CurrentUser.require();
        return user.hasRole(Role.MANAGER)
                || (matter.getCaseOfficerId() != null && matter.getCaseOfficerId().equals(user.getAccountId()));
    }

    static boolean hasRole(Role role) {
        return CurrentUser.get().map(user -> user.hasRole(role)).orElse(false);
    }

    /** The heading of a staff report version, taken from the matter and the organisation. */
    StaffReportHeading heading(Matter matter) {
        String caseOfficer = caseOfficerName(matter);
        return new StaffReportHeading(matter.getRegistryNumber().toString(), matter.getBoard().getName(),
                matter.getBoard().getAdministration() == null ? null
                        : matter.getBoard().getAdministration().getName(),
                caseOfficer != null ? caseOfficer : CurrentUser.require().getDisplayName(),
                matter.getMunicipality().getCode());
    }
}
