package se.namndflode.meeting;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.organisation.Organisation;
import se.namndflode.registry.MatterEntry;
import se.namndflode.registry.Registry;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.web.DomainException;

/**
 * Who may read which meetings on the pages, and what of a confidential matter they see: staff read every meeting
 * of their municipalities; a politician the meetings of the boards they hold (or held) a seat in, and no other
 * (not found). The full title of a matter on the agenda is shown only to those the registry lets see the matter;
 * everyone else sees its public title.
 */
@Component
@Transactional(readOnly = true)
class MeetingAccess {

    private static final Set<Role> STAFF = EnumSet.of(Role.CASE_OFFICER, Role.MANAGER, Role.DIRECTOR,
            Role.REGISTRAR, Role.SECRETARY);

    private final Organisation organisation;
    private final Registry registry;

    MeetingAccess(Organisation organisation, Registry registry) {
        this.organisation = organisation;
        this.registry = registry;
    }

    /** The boards whose meetings the user reads: null for all of their municipalities' (staff). */
    Set<Long> readableBoards() {
        SignedInUser user = CurrentUser.require();
        if (user.getRoles().stream().anyMatch(STAFF::contains)) {
            return null;
        }
        if (!user.hasRole(Role.POLITICIAN) || user.getPersonId() == null) {
            return Set.of();
        }
        try {
            return organisation.seatsOf(organisation.person(user.getPersonId())).stream()
                    .map(seat -> seat.getBoard().getId()).collect(Collectors.toSet());
        } catch (DomainException notTheirs) {
            return Set.of();
        }
    }

    /** The meeting, if the user may read it; otherwise "not found". */
    void requireRead(Meeting meeting) {
        Set<Long> boards = readableBoards();
        if (boards != null && !boards.contains(meeting.getBoard().getId())) {
            throw DomainException.notFound("notFound.meeting");
        }
    }

    static boolean isSecretary() {
        return CurrentUser.get().map(user -> user.hasRole(Role.SECRETARY)).orElse(false);
    }

    static boolean isStaff() {
        return CurrentUser.get().map(user -> user.getRoles().stream().anyMatch(STAFF::contains)).orElse(false);
    }

    /**
     * The matters of these agenda items whose content the user is entitled to (a confidential matter's register
     * entry alone does not count), by id.
     */
    Map<Long, MatterEntry> visibleMatters(Collection<Paragraph> items) {
        List<Long> ids = items.stream().filter(Paragraph::isMatter).map(Paragraph::getMatterId).toList();
        return registry.entries(ids).stream().filter(entry -> !entry.restricted())
                .collect(Collectors.toMap(MatterEntry::id, Function.identity()));
    }
}
