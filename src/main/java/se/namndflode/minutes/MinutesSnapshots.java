package se.namndflode.minutes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.meeting.Meetings;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.web.DomainException;

/**
 * The snapshots of justered minutes ({@link MinutesSnapshot}): written when a version locks (both audiences) and
 * when a paragraph is justered at the meeting (its extract), and read instead of the live record from then on.
 *
 * <p>Every read checks the stored bytes against their SHA-256 (the model's and the XHTML's; for a version's internal
 * minutes also against the hash the signatories signed). A mismatch is never served: it is logged as an error,
 * audited ({@code MINUTES_INTEGRITY_FAILED}, in a transaction of its own so that it stands whatever the request
 * does) and refused with 500 {@code minutes-integrity} — the stored minutes were altered outside the application,
 * which is the operators' matter, not the reader's.
 */
@Component
class MinutesSnapshots {

    private static final Logger LOG = LoggerFactory.getLogger(MinutesSnapshots.class);

    /** A document and the XHTML printed from it. */
    record Rendition(MinutesDocument document, String html) {
    }

    private final MinutesSnapshotRepository snapshots;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    MinutesSnapshots(MinutesSnapshotRepository snapshots, ObjectMapper json, AuditLog audit, Clock clock,
            PlatformTransactionManager transactions) {
        this.snapshots = snapshots;
        // Tolerant of derived properties (Section.hasProposals) that the records print but do not take.
        this.json = json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        this.audit = audit;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Keeps a locked version's document for the audience (in the transaction that locks it). */
    void storeVersion(MinutesVersion version, Audience audience, Rendition rendition) {
        snapshots.save(snapshot(version.getMeetingId(), version.getMunicipalityCode(), version.getId(), null,
                audience, rendition));
    }

    /** Keeps the extract of a paragraph justered at the meeting, unless kept already. */
    void storeParagraph(Long meetingId, String municipalityCode, Long paragraphId, Audience audience,
            Rendition rendition) {
        if (snapshots.findByParagraphIdAndAudience(paragraphId, audience).isEmpty()) {
            snapshots.save(snapshot(meetingId, municipalityCode, null, paragraphId, audience, rendition));
        }
    }

    /** The locked version's document for the audience, checked; empty when the version is not locked. */
    Optional<Rendition> ofVersion(MinutesVersion version, Audience audience) {
        if (!version.isLocked()) {
            return Optional.empty();
        }
        MinutesSnapshot stored = snapshots.findByMinutesVersionIdAndAudience(version.getId(), audience)
                .orElseThrow(() -> integrityFailure(version.getMeetingId(), version.getMunicipalityCode(),
                        "Protokollet (version " + version.getNumber() + ", " + audience
                                + ") saknar sin ögonblicksbild"));
        return Optional.of(verified(stored, audience == Audience.INTERNAL ? version.getContentHash() : null,
                "version " + version.getNumber()));
    }

    /** The extract of a paragraph justered at the meeting, checked; empty when none was kept. */
    Optional<Rendition> ofParagraph(Long paragraphId, Audience audience) {
        return snapshots.findByParagraphIdAndAudience(paragraphId, audience)
                .map(stored -> verified(stored, null, "omedelbart justerad paragraf"));
    }

    private Rendition verified(MinutesSnapshot stored, String signedHash, String what) {
        String documentHash = MinutesApproval.hash(stored.getDocumentJson());
        String htmlHash = MinutesApproval.hash(stored.getHtml());
        boolean intact = documentHash.equals(stored.getDocumentSha256()) && htmlHash.equals(stored.getHtmlSha256())
                && (signedHash == null || signedHash.equals(htmlHash));
        if (!intact) {
            throw integrityFailure(stored.getMeetingId(), stored.getMunicipalityCode(), "Det justerade protokollet ("
                    + what + ", " + stored.getAudience() + ") stämmer inte med sin SHA-256 och visas inte");
        }
        try {
            return new Rendition(json.readValue(stored.getDocumentJson(), MinutesDocument.class),
                    new String(stored.getHtml(), StandardCharsets.UTF_8));
        } catch (java.io.IOException unreadable) {
            throw integrityFailure(stored.getMeetingId(), stored.getMunicipalityCode(), "Det justerade protokollet ("
                    + what + ") kan inte läsas: " + unreadable.getMessage());
        }
    }

    private DomainException integrityFailure(Long meetingId, String municipalityCode, String summary) {
        LOG.error("Minutes integrity failure, meeting {}: {}", meetingId, summary);
        ownTransaction.executeWithoutResult(status -> audit.record("MINUTES_INTEGRITY_FAILED", Meetings.ENTITY,
                meetingId, municipalityCode, summary, null));
        return new DomainException(HttpStatus.INTERNAL_SERVER_ERROR, "minutes-integrity", null, "minutes.integrity");
    }

    private MinutesSnapshot snapshot(Long meetingId, String municipalityCode, Long versionId, Long paragraphId,
            Audience audience, Rendition rendition) {
        byte[] model;
        try {
            model = json.writeValueAsBytes(rendition.document());
        } catch (JsonProcessingException unwritable) {
            throw new IllegalStateException("The minutes' model is plain records and always writes", unwritable);
        }
        byte[] html = rendition.html().getBytes(StandardCharsets.UTF_8);
        return new MinutesSnapshot(meetingId, municipalityCode, versionId, paragraphId, audience, model,
                MinutesApproval.hash(model), html, MinutesApproval.hash(html), OffsetDateTime.now(clock));
    }
}
