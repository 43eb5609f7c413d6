package se.namndflode.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import se.namndflode.organisation.Board;
import se.namndflode.organisation.Municipality;

/**
 * A matter as the register (diariet) lists it to a user of its municipality: for lists, search and task lists.
 *
 * <p>Whoever is entitled to the matter (every matter that is not confidential; a confidential one by role, as its
 * case officer or on its access list) gets the whole entry. To anyone else of the municipality a confidential
 * matter is its register entry only, {@code restricted}: diarienummer, board, kind, status, the day it was
 * registered and its public title ({@code title} is then the {@link Matter#getPublicTitle() offentlig rubrik},
 * or null, which pages show as "Sekretessbelagt ärende" and the API as that text). Its title, sender, the sender's
 * reference, answer date, case officer and documents are left out (null). The register is public (OSL 5 kap.
 * 1–2 §§, TF 2 kap.); what a secret matter concerns is left out of it (OSL 5 kap. 2 § second paragraph).
 */
public record MatterEntry(Long id, RegistryNumber registryNumber, String urlNumber, Municipality municipality,
        Board board, MatterKind kind, MatterStatus status, String title, String publicTitle, String sender,
        String senderReference,
        LocalDate answerDue, boolean confidential, boolean restricted, Long caseOfficerId,
        OffsetDateTime registeredAt) {

    /** The whole entry of a matter the registry has given the user (it gives only those they are entitled to). */
    public static MatterEntry of(Matter matter) {
        return of(matter, true);
    }

    /** The entry as a user entitled to the matter ({@code entitled}) or not sees it. */
    static MatterEntry of(Matter matter, boolean entitled) {
        boolean restricted = matter.isConfidential() && !entitled;
        return new MatterEntry(matter.getId(), matter.getRegistryNumber(), matter.getUrlNumber(),
                matter.getMunicipality(), matter.getBoard(), matter.getKind(), matter.getStatus(),
                restricted ? matter.getPublicTitle() : matter.getTitle(), matter.getPublicTitle(),
                restricted ? null : matter.getSender(), restricted ? null : matter.getSenderReference(),
                restricted ? null : matter.getAnswerDue(), matter.isConfidential(), restricted,
                restricted ? null : matter.getCaseOfficerId(), matter.getRegisteredAt());
    }
}
