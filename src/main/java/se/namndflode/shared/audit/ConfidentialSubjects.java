package se.namndflode.shared.audit;

import java.util.Collection;
import java.util.Set;

/**
 * Which audited subjects are confidential (OSL): implemented by the capability that knows (the registry, for
 * matters and everything recorded under a matter's id). The administrators' audit log shows the events of such
 * a subject without their details, which may carry a title, a reason or a comment; the matter's own history,
 * which only the entitled see, keeps them.
 */
public interface ConfidentialSubjects {

    /** Entity types whose entity id is a matter's id (Matter, Document, StaffReport, …). */
    Set<String> entityTypes();

    /** Of these matter ids, the confidential ones. */
    Set<Long> confidential(Collection<Long> matterIds);
}
