package se.namndflode.minutes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.meeting.MeetingRecord;
import se.namndflode.meeting.MeetingRecords;
import se.namndflode.meeting.MeetingStatus;
import se.namndflode.minutes.MinutesDocument.Cover;
import se.namndflode.minutes.MinutesDocument.Section;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.web.DomainException;

/**
 * The minutes of a meeting, made from the recorded meeting ({@link MeetingRecords}): their number, the structured
 * document, the canonical HTML, the PDF/A-2 and the protokollsutdrag of a paragraph, for an {@link Audience}.
 *
 * <p>Numbering: "Protokoll nr N/YYYY", N the next of the board's numbers of the meeting's year, given when the
 * minutes are first drafted (the first time they are read once the meeting has been opened) and kept. Refused
 * before the meeting has been opened ({@code minutes.notHeld}, 422); a meeting of another municipality (or, for a
 * politician, of a board they hold no seat in) is "not found".
 *
 * <p>{@link #render} is deterministic — the same recorded meeting gives the same HTML, with no time of rendering
 * in it — so the justering can hash it ({@link MinutesContent}).
 */
@Service
public class MinutesDocuments implements MinutesContent {

    /** The audit log's entity type of minutes. */
    public static final String ENTITY = "MINUTES";

    private final MeetingRecords records;
    private final MinutesRepository minutes;
    private final MinutesRenderer renderer;
    private final ObjectProvider<MinutesSigners> signers;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate newTransaction;

    MinutesDocuments(MeetingRecords records, MinutesRepository minutes, MinutesRenderer renderer,
            ObjectProvider<MinutesSigners> signers, AuditLog audit, Clock clock,
            PlatformTransactionManager transactions) {
        this.records = records;
        this.minutes = minutes;
        this.renderer = renderer;
        this.signers = signers;
        this.audit = audit;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The meeting's minutes in their latest version, numbered now if this is their first draft. */
    public Minutes minutes(Long meetingId) {
        MeetingRecord record = records.record(meetingId);
        return minutes(record);
    }

    /** The meeting's minutes as a structured document for the audience. */
    public MinutesDocument document(Long meetingId, Audience audience) {
        MeetingRecord record = records.record(meetingId);
        return document(record, minutes(record), audience);
    }

    /** The minutes as one XHTML document (canonical: what is hashed at justering). */
    public String render(Long meetingId, Audience audience) {
        return renderer.html(document(meetingId, audience));
    }

    @Override
    public String content(Long meetingId) {
        return render(meetingId, Audience.INTERNAL);
    }

    /** The minutes as PDF/A-2u: fonts embedded, tagged, Swedish. */
    public byte[] pdf(Long meetingId, Audience audience) {
        return renderer.pdf(renderer.html(document(meetingId, audience)));
    }

    /** The protokollsutdrag of one paragraph as XHTML ("Rätt utdraget intygar"); "not found" for another's. */
    public String extract(Long meetingId, Long paragraphId, Audience audience) {
        MinutesDocument document = document(meetingId, audience);
        return renderer.extractHtml(document, section(document, paragraphId));
    }

    public byte[] extractPdf(Long meetingId, Long paragraphId, Audience audience) {
        return renderer.pdf(extract(meetingId, paragraphId, audience));
    }

    /**
     * What the signed-in reader gets of the meeting's minutes: INTERNAL when they are entitled to every
     * confidential paragraph (or there is none), else PUBLIC; PUBLIC when asked for.
     */
    public Audience audienceFor(Long meetingId, Audience asked) {
        if (asked == Audience.PUBLIC) {
            return Audience.PUBLIC;
        }
        return records.record(meetingId).readerEntitledToAll() ? Audience.INTERNAL : Audience.PUBLIC;
    }

    // ---- building ----------------------------------------------------------------------------------------------

    MinutesDocument document(MeetingRecord record, Minutes numbered, Audience audience) {
        List<Section> sections = record.paragraphs().stream().map(paragraph -> audience == Audience.PUBLIC
                && paragraph.confidential() ? Section.withheld(paragraph) : Section.of(paragraph)).toList();
        List<String> justerare = Optional.ofNullable(signers.getIfAvailable())
                .map(source -> source.justerare(record.meetingId())).orElse(List.of());
        Cover cover = new Cover(record.municipality(), record.board(), record.day(),
                MinutesRenderer.DAY.format(record.day()), time(record), record.place(),
                record.attendance().deciding().stream().map(MinutesDocument::line).toList(),
                record.attendance().substitutes().stream().map(MinutesDocument::line).toList(),
                record.attendance().absentMembers().stream().map(MeetingRecord.Person::display).toList(),
                record.presiding(), justerare, justering(record), MinutesDocument.range(record.paragraphs()));
        return new MinutesDocument(record.meetingId(), numbered.title(), numbered.getNumber(), numbered.getYear(),
                numbered.getVersion(), audience, cover, sections);
    }

    private static String time(MeetingRecord record) {
        if (record.openedAt() == null) {
            return "kl. " + MinutesRenderer.TIME.format(record.startsAt());
        }
        String from = MinutesRenderer.TIME.format(record.openedAt().atZoneSameInstant(MinutesRenderer.STOCKHOLM));
        return record.closedAt() == null ? "kl. " + from : "kl. " + from + "–"
                + MinutesRenderer.TIME.format(record.closedAt().atZoneSameInstant(MinutesRenderer.STOCKHOLM));
    }

    private static String justering(MeetingRecord record) {
        if (record.justeringAt() == null) {
            return null;
        }
        var at = record.justeringAt().atZoneSameInstant(MinutesRenderer.STOCKHOLM);
        return MinutesRenderer.DAY.format(at.toLocalDate()) + " kl. " + MinutesRenderer.TIME.format(at)
                + (record.justeringPlace() == null ? "" : ", " + record.justeringPlace());
    }

    private static Section section(MinutesDocument document, Long paragraphId) {
        return document.paragraphs().stream().filter(section -> section.paragraphId().equals(paragraphId))
                .findFirst().orElseThrow(() -> DomainException.notFound("notFound.paragraph"));
    }

    private Minutes minutes(MeetingRecord record) {
        Optional<Minutes> found = minutes.findFirstByMeetingIdOrderByVersionDesc(record.meetingId());
        if (found.isPresent()) {
            return found.get();
        }
        if (record.status() != MeetingStatus.OPEN && record.status() != MeetingStatus.CLOSED
                && record.status() != MeetingStatus.MINUTES_DRAFTED) {
            throw DomainException.invalid(null, "minutes.notHeld");
        }
        try {
            return newTransaction.execute(status -> draft(record));
        } catch (DataIntegrityViolationException numberedMeanwhile) {
            // Another request numbered these minutes (or took the number) at the same moment: read what stands.
            return minutes.findFirstByMeetingIdOrderByVersionDesc(record.meetingId())
                    .orElseGet(() -> newTransaction.execute(status -> draft(record)));
        }
    }

    private Minutes draft(MeetingRecord record) {
        int year = record.day().getYear();
        Integer last = minutes.maxNumber(record.boardId(), year);
        Minutes drafted = minutes.saveAndFlush(new Minutes(record.meetingId(), record.municipalityCode(),
                record.boardId(), year, last == null ? 1 : last + 1, 1, OffsetDateTime.now(clock)));
        audit.record("MINUTES_NUMBERED", ENTITY, drafted.getId(), record.municipalityCode(),
                drafted.title() + ": " + record.board() + " " + record.day(), null);
        return drafted;
    }
}
