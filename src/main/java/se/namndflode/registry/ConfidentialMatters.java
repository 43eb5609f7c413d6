package se.namndflode.registry;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.shared.audit.ConfidentialSubjects;

/**
 * The registry's confidential matters for the administrators' audit log: the events recorded under a matter's
 * id (the matter, its documents, and — from the board-matter process — its staff report) are shown without
 * their details when the matter is confidential (OSL 5 kap.: the register is public, the content may not be).
 */
@Component
@Transactional(readOnly = true)
class ConfidentialMatters implements ConfidentialSubjects {

    /** The staff report's audit events are recorded under the matter's id by the board-matter process. */
    private static final Set<String> TYPES = Set.of(Registry.MATTER, Registry.DOCUMENT, "StaffReport");

    private final MatterRepository matters;

    ConfidentialMatters(MatterRepository matters) {
        this.matters = matters;
    }

    @Override
    public Set<String> entityTypes() {
        return TYPES;
    }

    @Override
    public Set<Long> confidential(Collection<Long> matterIds) {
        return matterIds.isEmpty() ? Set.of() : new HashSet<>(matters.findConfidentialIds(matterIds));
    }
}
