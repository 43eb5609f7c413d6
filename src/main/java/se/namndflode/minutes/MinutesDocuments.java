package se.namndflode.minutes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.context.annotation.Primary;
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
import se.namndflode.shared.web.TextLimits;

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
@Primary
public class MinutesDocuments implements MinutesContent {

    /** The audit log's entity type of minutes. */
    public static final String ENTITY = "MINUTES";

    private final MeetingRecords records;
    private final MinutesRepository minutes;
    private final MinutesRenderer renderer;
    private final ObjectProvider<MinutesSigners> signers;
    private final ObjectProvider<MinutesSeal> seal;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate newTransaction;
    private final MinutesParagraphTextRepository texts;
    private final ObjectProvider<MinutesEditGuard> guard;
    private final MinutesVersionRepository versions;
    private final MinutesSnapshots snapshots;

    MinutesDocuments(MeetingRecords records, MinutesRepository minutes, MinutesRenderer renderer,
            ObjectProvider<MinutesSigners> signers, AuditLog audit, Clock clock,
            PlatformTransactionManager transactions, MinutesParagraphTextRepository texts,
            ObjectProvider<MinutesEditGuard> guard, ObjectProvider<MinutesSeal> seal,
            MinutesVersionRepository versions, MinutesSnapshots snapshots) {
        this.versions = versions;
        this.snapshots = snapshots;
        this.seal = seal;
        this.texts = texts;
        this.guard = guard;
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

    /**
     * Numbers the held meeting's minutes {@code number} of the board's year, instead of the next number, when the
     * earlier minutes of that year are kept in an earlier register (the demo's Protokoll nr 12/2023). Refused: minutes
     * already numbered, a number the board's year already has, a meeting not yet held ({@code minutes.notHeld}).
     */
    public Minutes numberAs(Long meetingId, int number) {
        MeetingRecord record = records.record(meetingId);
        if (minutes.findFirstByMeetingIdOrderByVersionDesc(record.meetingId()).isPresent()) {
            throw DomainException.invalid("number", "minutes.number.given");
        }
        Integer last = minutes.maxNumber(record.boardId(), record.day().getYear());
        if (number < 1 || (last != null && number <= last)) {
            throw DomainException.invalid("number", "minutes.number.taken", String.valueOf(number));
        }
        requireHeld(record);
        return newTransaction.execute(status -> draft(record, number));
    }

    /**
     * The meeting's minutes as a structured document for the audience, in their latest version: a justered version
     * as it was signed (its snapshot, checked against its SHA-256; 500 {@code minutes-integrity} when it does not
     * match), a version being drafted or signed as the record stands now.
     */
    public MinutesDocument document(Long meetingId, Audience audience) {
        return shown(meetingId, null, audience).document();
    }

    /** One version of the minutes (1, a correction 2..); "not found" ({@code notFound.minutesVersion}) for none. */
    public MinutesDocument document(Long meetingId, int version, Audience audience) {
        return shown(meetingId, version, audience).document();
    }

    /** The minutes as one XHTML document (canonical: what is hashed at justering), latest version. */
    public String render(Long meetingId, Audience audience) {
        return shown(meetingId, null, audience).html();
    }

    /** One version of the minutes as XHTML. */
    public String render(Long meetingId, int version, Audience audience) {
        return shown(meetingId, version, audience).html();
    }

    @Override
    public String content(Long meetingId) {
        return render(meetingId, Audience.INTERNAL);
    }

    /**
     * The minutes as PDF/A-2u: fonts embedded, tagged, Swedish. A justered version carries its own seal last
     * ("Justerat ... SHA-256 ..." of that version; {@link MinutesSeal}), printed only in the PDF: the content that was
     * hashed stays the same.
     */
    public byte[] pdf(Long meetingId, Audience audience) {
        return sealedPdf(meetingId, shown(meetingId, null, audience));
    }

    /** One version of the minutes as PDF/A, with that version's seal once it is justered. */
    public byte[] pdf(Long meetingId, int version, Audience audience) {
        return sealedPdf(meetingId, shown(meetingId, version, audience));
    }

    /** The protokollsutdrag of one paragraph as XHTML ("Rätt utdraget intygar"); "not found" for another's. */
    public String extract(Long meetingId, Long paragraphId, Audience audience) {
        MinutesDocument document = document(meetingId, audience);
        return renderer.extractHtml(document, section(document, paragraphId));
    }

    public byte[] extractPdf(Long meetingId, Long paragraphId, Audience audience) {
        return renderer.pdf(extract(meetingId, paragraphId, audience));
    }

    // ---- the public minutes of a notice (anslagstavla) -----------------------------------------------------------

    /**
     * The public minutes a posted notice is about, as XHTML: the PUBLIC version of the justered version it posts
     * (its snapshot), or the extract of the paragraph justered at the meeting. Public by design (KL 8 kap. 12 §):
     * not subject to the signed-in reader's access to the meeting; only what a notice has made public, only the
     * public version.
     */
    public String publicMinutes(Notice notice) {
        return publicRendition(notice).html();
    }

    /** {@link #publicMinutes} as PDF/A, a justered version with its seal. */
    public byte[] publicMinutesPdf(Notice notice) {
        MinutesSnapshots.Rendition rendition = publicRendition(notice);
        return notice.getParagraphId() == null ? sealedPdf(notice.getMeetingId(), rendition)
                : renderer.pdf(rendition.html());
    }

    private MinutesSnapshots.Rendition publicRendition(Notice notice) {
        if (notice.getParagraphId() == null) {
            MinutesVersion version = versions.findById(notice.getMinutesVersionId()).orElseThrow();
            return snapshots.ofVersion(version, Audience.PUBLIC).orElseThrow();
        }
        return snapshots.ofParagraph(notice.getParagraphId(), Audience.PUBLIC).orElseGet(() -> {
            // A notice posted before snapshots were kept: the extract of the justered minutes, or (not yet
            // justered) of the record, read as the public reads it.
            MinutesDocument document = versions.findByMeetingIdOrderByNumberAsc(notice.getMeetingId()).stream()
                    .filter(MinutesVersion::isLocked).findFirst()
                    .flatMap(first -> snapshots.ofVersion(first, Audience.PUBLIC))
                    .map(MinutesSnapshots.Rendition::document)
                    .orElseGet(() -> MeetingRecords.asPublic(() -> live(notice.getMeetingId(), Audience.PUBLIC))
                            .document());
            return new MinutesSnapshots.Rendition(document,
                    renderer.extractHtml(document, section(document, notice.getParagraphId())));
        });
    }

    // ---- what is signed and kept -------------------------------------------------------------------------------

    /**
     * The minutes in their latest version as the record stands now, for the audience: what a signatory signs (the
     * internal XHTML's SHA-256) and what is kept when the version locks.
     */
    MinutesSnapshots.Rendition live(Long meetingId, Audience audience) {
        MeetingRecord record = records.record(meetingId);
        MinutesVersion version = versions.findFirstByMeetingIdOrderByNumberDesc(record.meetingId()).orElse(null);
        MinutesDocument document = document(record, minutes(record), audience, version);
        return new MinutesSnapshots.Rendition(document, renderer.html(document));
    }

    /**
     * Keeps the extract of a paragraph justered at the meeting as it stands now, both audiences (its notice's
     * public minutes from then on), unless kept already.
     */
    void keepParagraph(Long meetingId, Long paragraphId) {
        MeetingRecord record = records.record(meetingId);
        Minutes numbered = minutes(record);
        for (Audience audience : Audience.values()) {
            MinutesDocument whole = document(record, numbered, audience, null);
            MinutesDocument.Section section = section(whole, paragraphId);
            MinutesDocument one = new MinutesDocument(whole.meetingId(), whole.title(), whole.number(), whole.year(),
                    whole.version(), audience, whole.cover(), List.of(section), whole.lockVersion(), null);
            snapshots.storeParagraph(record.meetingId(), record.municipalityCode(), paragraphId, audience,
                    new MinutesSnapshots.Rendition(one, renderer.extractHtml(one, section)));
        }
    }

    /** The version asked for (null: the latest): its snapshot once locked, else the record as it stands. */
    private MinutesSnapshots.Rendition shown(Long meetingId, Integer number, Audience audience) {
        records.requireReadable(meetingId);
        List<MinutesVersion> all = versions.findByMeetingIdOrderByNumberAsc(meetingId);
        MinutesVersion version = number == null ? (all.isEmpty() ? null : all.get(all.size() - 1))
                : all.stream().filter(one -> one.getNumber() == number).findFirst()
                        .orElseGet(() -> {
                            if (number == 1 && all.isEmpty()) {
                                return null;
                            }
                            throw DomainException.notFound("notFound.minutesVersion", number);
                        });
        if (version != null && version.isLocked()) {
            return snapshots.ofVersion(version, audience).orElseThrow();
        }
        return live(meetingId, audience);
    }

    private byte[] sealedPdf(Long meetingId, MinutesSnapshots.Rendition rendition) {
        String html = rendition.html();
        int shownVersion = rendition.document().version();
        String sealed = Optional.ofNullable(seal.getIfAvailable()).flatMap(source -> source.seal(meetingId,
                shownVersion)).map(text -> html.replace("</body>", "<p class=\"seal\" id=\"seal\">"
                        + org.springframework.web.util.HtmlUtils.htmlEscape(text, "UTF-8") + "</p></body>"))
                .orElse(html);
        return renderer.pdf(sealed);
    }

    /**
     * What the signed-in reader gets of the meeting's minutes: INTERNAL when they are entitled to every
     * confidential paragraph (or there is none), else PUBLIC; PUBLIC when asked for, and without a signed-in reader
     * (the public) whenever the meeting has a confidential paragraph.
     */
    public Audience audienceFor(Long meetingId, Audience asked) {
        if (asked == Audience.PUBLIC) {
            return Audience.PUBLIC;
        }
        return records.record(meetingId).readerEntitledToAll() ? Audience.INTERNAL : Audience.PUBLIC;
    }

    // ---- the secretary's texts ----------------------------------------------------------------------------------

    /**
     * Övriga närvarande on the cover, one a line (blank: none). {@code version}: the minutes' {@code lockVersion}
     * the form was opened with; another meanwhile is a concurrent change (409). Refused once the minutes are locked
     * ({@link MinutesEditGuard}).
     */
    @Transactional
    public Minutes setOthersPresent(Long meetingId, Long version, String text) {
        Minutes current = minutes(meetingId);
        guard.ifAvailable(check -> check.requireEditable(current));
        requireVersion(version, current.getLockVersion());
        String value = text == null || text.isBlank() ? null
                : TextLimits.requireAtMost(text.strip(), 4000, "othersPresent");
        Minutes managed = minutes.findById(current.getId()).orElseThrow();
        managed.othersPresent(value);
        minutes.flush();
        audit.record("MINUTES_CHANGED", ENTITY, managed.getId(), managed.getMunicipalityCode(),
                managed.title() + ": övriga närvarande ändrade", null);
        return managed;
    }

    /**
     * A paragraph's Sammanfattning as the secretary writes it (blank: removed, a matter's then comes from its
     * approved tjänsteutlåtande). {@code version}: the text's version as read ({@link #summary}; 0 when there
     * was none).
     * Refused: a paragraph of another meeting (not found), a stale version (409), locked minutes, a paragraph
     * justered at the meeting (409 {@code minutes-locked}, {@code minutes.paragraphLocked}).
     */
    @Transactional
    public void setSummary(Long meetingId, Long paragraphId, Long version, String text) {
        MeetingRecord record = records.record(meetingId);
        MeetingRecord.ParagraphRecord paragraph = requireEntitled(record, paragraphId);
        Minutes current = minutes(record);
        guard.ifAvailable(check -> check.requireEditable(current));
        if (paragraph.immediatelyJustered()) {
            // Justered at the meeting: its text is what was justered, whatever the rest of the minutes' state.
            throw new DomainException(org.springframework.http.HttpStatus.CONFLICT, "minutes-locked", null,
                    "minutes.paragraphLocked", paragraph.label());
        }
        Optional<MinutesParagraphText> existing = texts.findByMinutesIdAndParagraphId(current.getId(), paragraphId);
        requireVersion(version, existing.map(MinutesDocuments::version).orElse(0L));
        String label = paragraph.label();
        if (text == null || text.isBlank()) {
            existing.ifPresent(texts::delete);
        } else {
            String value = TextLimits.requireAtMost(text.strip(), TextLimits.LONG_TEXT, "summary");
            existing.ifPresentOrElse(found -> found.summary(value),
                    () -> texts.save(new MinutesParagraphText(current.getId(), paragraphId, value)));
        }
        texts.flush();
        audit.record("MINUTES_CHANGED", ENTITY, current.getId(), current.getMunicipalityCode(),
                current.title() + ": sammanfattningen av " + label + " ändrad", null);
    }

    /** A paragraph's Sammanfattning as written by the secretary (text null when none) and its version (0: none). */
    public record WrittenSummary(Long paragraphId, String text, long version) {
    }

    /** The secretary's Sammanfattning of a paragraph of the meeting, for the form. */
    public WrittenSummary summary(Long meetingId, Long paragraphId) {
        MeetingRecord record = records.record(meetingId);
        requireEntitled(record, paragraphId);
        return texts.findByMinutesIdAndParagraphId(minutes(record).getId(), paragraphId)
                .map(text -> new WrittenSummary(paragraphId, text.getSummary(), version(text)))
                .orElse(new WrittenSummary(paragraphId, null, 0));
    }

    /**
     * The paragraph of the meeting, when the reader may see its content: not found when it is not on the
     * meeting's agenda; 403 {@code matter-confidential} naming its register entry (diarienummer and public title
     * or "Sekretessbelagt ärende", and the provision), as the registry refuses a confidential matter, when it is
     * confidential and the registry does not entitle the signed-in reader to it (a secretary included; see
     * docs/decisions.md).
     */
    private static MeetingRecord.ParagraphRecord requireEntitled(MeetingRecord record, Long paragraphId) {
        MeetingRecord.ParagraphRecord paragraph = record.paragraphs().stream()
                .filter(found -> found.paragraphId().equals(paragraphId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("notFound.paragraph"));
        if (paragraph.confidential() && !paragraph.readerEntitled()) {
            String title = paragraph.publicTitle() != null ? paragraph.publicTitle() : "Sekretessbelagt ärende";
            String number = paragraph.registryNumber() != null ? paragraph.registryNumber() : paragraph.label();
            throw new DomainException(org.springframework.http.HttpStatus.FORBIDDEN, "matter-confidential", null,
                    "matter.confidential.forbidden", number, title, paragraph.confidentialityGround())
                    .withProperty("registryNumber", number).withProperty("title", title);
        }
        return paragraph;
    }

    /** A written text's version as forms carry it: 1 for a new one, then up (0 stands for "none yet"). */
    private static long version(MinutesParagraphText text) {
        return text.getLockVersion() + 1;
    }

    private static void requireVersion(Long given, long current) {
        if (given == null) {
            throw DomainException.invalid("version", "validation.required");
        }
        if (given != current) {
            throw new OptimisticLockingFailureException("The minutes changed meanwhile: version " + current);
        }
    }

    // ---- building ----------------------------------------------------------------------------------------------

    MinutesDocument document(MeetingRecord record, Minutes numbered, Audience audience, MinutesVersion version) {
        java.util.Map<Long, String> written = new java.util.HashMap<>();
        if (numbered.getId() != null) {
            texts.findByMinutesId(numbered.getId()).forEach(text -> written.put(text.getParagraphId(),
                    text.getSummary()));
        }
        List<Section> sections = record.paragraphs().stream().map(paragraph -> audience == Audience.PUBLIC
                && paragraph.confidential() ? Section.withheld(paragraph)
                : Section.of(paragraph, written.get(paragraph.paragraphId()))).toList();
        List<String> justerare = Optional.ofNullable(signers.getIfAvailable())
                .map(source -> source.justerare(record.meetingId())).orElse(List.of());
        Cover cover = new Cover(record.municipality(), record.board(), record.day(),
                MinutesRenderer.DAY.format(record.day()), time(record), record.place(),
                record.attendance().deciding().stream().map(MinutesDocument::line).toList(),
                record.attendance().substitutes().stream().map(MinutesDocument::line).toList(),
                record.attendance().absentMembers().stream().map(MeetingRecord.Person::display).toList(),
                numbered.getOthersPresent() == null ? List.of() : numbered.getOthersPresent().lines()
                        .map(String::strip).filter(line -> !line.isEmpty()).toList(),
                record.secretary(), record.presiding(), justerare, justering(record), MinutesDocument.range(record.paragraphs()));
        return new MinutesDocument(record.meetingId(), numbered.title(), numbered.getNumber(), numbered.getYear(),
                version == null ? 1 : version.getNumber(), audience, cover, sections, numbered.getLockVersion(),
                version == null ? null : version.correctionLine());
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
        requireHeld(record);
        try {
            return newTransaction.execute(status -> draft(record, null));
        } catch (DataIntegrityViolationException numberedMeanwhile) {
            // Another request numbered these minutes (or took the number) at the same moment: read what stands.
            return minutes.findFirstByMeetingIdOrderByVersionDesc(record.meetingId())
                    .orElseGet(() -> newTransaction.execute(status -> draft(record, null)));
        }
    }

    private static void requireHeld(MeetingRecord record) {
        if (record.status() == MeetingStatus.PLANNED || record.status() == MeetingStatus.AGENDA_SET
                || record.status() == MeetingStatus.KALLELSE_SENT) {
            throw DomainException.invalid(null, "minutes.notHeld");
        }
    }

    private Minutes draft(MeetingRecord record, Integer given) {
        int year = record.day().getYear();
        Integer last = minutes.maxNumber(record.boardId(), year);
        int number = given != null ? given : last == null ? 1 : last + 1;
        Minutes drafted = minutes.saveAndFlush(new Minutes(record.meetingId(), record.municipalityCode(),
                record.boardId(), year, number, 1, OffsetDateTime.now(clock)));
        audit.record("MINUTES_NUMBERED", ENTITY, drafted.getId(), record.municipalityCode(),
                drafted.title() + ": " + record.board() + " " + record.day(), null);
        return drafted;
    }
}
