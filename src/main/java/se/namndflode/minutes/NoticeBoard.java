package se.namndflode.minutes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.meeting.Meeting;
import se.namndflode.meeting.Meetings;
import se.namndflode.shared.web.Paging;
import se.namndflode.meeting.Paragraph;
import se.namndflode.meeting.ParagraphJusteredImmediately;
import se.namndflode.organisation.Board;
import se.namndflode.organisation.Municipality;
import se.namndflode.organisation.Organisation;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.shared.web.DomainException;

/**
 * The digital anslagstavla (KL 8 kap. 12 §): the secretary posts the justering of a meeting's minutes, no later than
 * the second day after it (the meeting process reminds and escalates); a paragraph justered at the meeting gets its
 * own notice at once. Posting the notice of the minutes tells each decided matter (and each reported item) whose
 * process waits for the justering the day of posting ({@link BoardMatterProcess#recordMinutesApproved}), so the
 * appeal period (three weeks from the posting, KL 13 kap. 5 §), legal force and dispatch run from it. A notice
 * stays up until the day after the last day to appeal. Reading the board is public (no login), each municipality's
 * its own (KL 8 kap. 9 §); posting is checked at the pages and the API (the secretary), and audited.
 */
@Service
@Transactional
public class NoticeBoard {

    /** Where the minutes are kept when the board has no administration of its own. */
    static final String KEPT_AT_FALLBACK = "Nämndens kansli";

    private final Meetings meetings;
    private final MinutesVersionRepository versions;
    private final NoticeRepository notices;
    private final BoardMatterProcess matterProcess;
    private final AuditLog audit;
    private final Clock clock;
    private final MinutesDocuments documents;
    private final Organisation organisation;

    NoticeBoard(Meetings meetings, MinutesVersionRepository versions, NoticeRepository notices,
            BoardMatterProcess matterProcess, AuditLog audit, Clock clock, MinutesDocuments documents,
            Organisation organisation) {
        this.organisation = organisation;
        this.documents = documents;
        this.meetings = meetings;
        this.versions = versions;
        this.notices = notices;
        this.matterProcess = matterProcess;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Posts today the notice of the meeting's latest justered version of the minutes. For the first version every
     * matter of the meeting whose process waits for the justering is told today as the day of the notice (a
     * paragraph justered at the meeting has had its own), and the meeting's process ends. Refused: minutes not yet
     * justered (or a correction not yet justered), a version already posted.
     *
     * @return the notice
     */
    public Notice post(Long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        MinutesVersion version = versions.findFirstByMeetingIdOrderByNumberDesc(meeting.getId())
                .filter(MinutesVersion::isLocked)
                .orElseThrow(() -> DomainException.invalid(null, "notice.notJustered"));
        if (notices.findByMinutesVersionId(version.getId()).isPresent()) {
            throw DomainException.invalid(null, "notice.alreadyPosted", version.getNumber());
        }
        LocalDate today = today();
        Board board = meeting.getBoard();
        String title = documents.minutes(meeting.getId()).title() + " " + board.getName() + " " + meeting.getDay()
                + (version.getNumber() > 1 ? ", rättelse (version " + version.getNumber() + ")" : "");
        Notice notice = notices.save(new Notice(meeting.getMunicipalityCode(), board.getMunicipality().getName(),
                board.getId(), board.getName(), meeting.getId(), meeting.getDay(), version.getId(), null, null, title,
                keptAt(board), today, matterProcess.appealPeriodEnds(today), OffsetDateTime.now(clock), actor())
                .late(version.isJusteredLate()));
        if (version.getNumber() == 1) {
            for (Paragraph item : meetings.paragraphs(meeting.getId())) {
                if (item.isMatter() && !item.isImmediatelyJustered()
                        && matterProcess.awaitsMinutesApproval(item.getMatterId())) {
                    matterProcess.recordMinutesApproved(item.getMatterId(), today);
                }
            }
            meetings.noticePosted(meeting.getId());
        }
        audit.record("NOTICE_POSTED", Meetings.ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                "Justeringen anslagen " + today + " (" + title + "); sista dag att överklaga "
                        + notice.getAppealEndsOn() + (notice.isJusteredLate() ? "; justerat efter sista dagen" : ""),
                null);
        return notice;
    }

    /**
     * A paragraph justered at the meeting: its own notice, posted the day of the justering (the day its matter's
     * process was told), in the transaction that records the justering; and its extract kept as justered (both
     * audiences), which the notice's public minutes serve from then on.
     */
    @EventListener
    void justeredImmediately(ParagraphJusteredImmediately event) {
        if (notices.existsByParagraphId(event.paragraphId())) {
            return;
        }
        Meeting meeting = meetings.meeting(event.meetingId());
        Paragraph item = meetings.paragraph(event.meetingId(), event.paragraphId());
        Board board = meeting.getBoard();
        String label = item.getLabel() == null ? "punkt " + item.getPosition() : item.getLabel();
        String title = "Protokollsutdrag " + board.getName() + " " + meeting.getDay() + " " + label + " "
                + item.getPublicTitle();
        Notice notice = notices.save(new Notice(meeting.getMunicipalityCode(), board.getMunicipality().getName(),
                board.getId(), board.getName(), meeting.getId(), meeting.getDay(), null, item.getId(), label, title,
                keptAt(board), event.justeredOn(), matterProcess.appealPeriodEnds(event.justeredOn()),
                OffsetDateTime.now(clock), actor()));
        documents.keepParagraph(meeting.getId(), item.getId());
        audit.record("NOTICE_POSTED", Meetings.ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                "Omedelbart justerad paragraf anslagen " + notice.getPostedOn() + " (" + label + "); sista dag att "
                        + "överklaga " + notice.getAppealEndsOn(), null);
    }

    /**
     * The municipalities that have an anslagstavla, by name (public): every municipality has its own (KL 8 kap.
     * 9 §), never one board for all.
     */
    @Transactional(readOnly = true)
    public List<Municipality> municipalities() {
        return organisation.allMunicipalities();
    }

    /** The municipality of a public anslagstavla by its code, whoever asks; "not found" for none. */
    @Transactional(readOnly = true)
    public Municipality municipality(String code) {
        return organisation.allMunicipalities().stream().filter(one -> one.getCode().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.notFound("notFound.municipality"));
    }

    /**
     * The municipality a feed without one is for: the only one there is; when there are several the caller must
     * name it (422 {@code notice.municipalityRequired}, field {@code municipality}, naming the codes).
     */
    @Transactional(readOnly = true)
    public Municipality municipalityOrOnly(String code) {
        if (code != null && !code.isBlank()) {
            return municipality(code.strip());
        }
        List<Municipality> all = municipalities();
        if (all.size() == 1) {
            return all.get(0);
        }
        throw DomainException.invalid("municipality", "notice.municipalityRequired",
                String.join(", ", all.stream().map(Municipality::getCode).toList()));
    }

    /** The municipality's notices up today, latest first (public). */
    @Transactional(readOnly = true)
    public List<Notice> current(String municipalityCode) {
        LocalDate today = today();
        return notices.findByMunicipalityCodeAndPostedOnLessThanEqualAndComesDownOnGreaterThanOrderByPostedOnDescIdDesc(
                municipalityCode, today, today);
    }

    /** The municipality's notices that have come down, latest first, a page of {@code size} (public; SQL paged). */
    @Transactional(readOnly = true)
    public Page<Notice> archive(String municipalityCode, int page, int size) {
        LocalDate today = today();
        return Paging.find(Paging.request(page, size, 100, Sort.unsorted()),
                pageable -> notices.findByMunicipalityCodeAndComesDownOnLessThanEqualOrderByPostedOnDescIdDesc(
                        municipalityCode, today, pageable));
    }

    /** One notice (public); "not found" when there is none. */
    @Transactional(readOnly = true)
    public Notice notice(Long noticeId) {
        return (noticeId == null ? java.util.Optional.<Notice>empty() : notices.findById(noticeId))
                .orElseThrow(() -> DomainException.notFound("notFound.notice"));
    }

    /** The notices of a meeting the caller may see, oldest first. */
    @Transactional(readOnly = true)
    public List<Notice> ofMeeting(Long meetingId) {
        return notices.findByMeetingIdOrderByPostedOnAscIdAsc(meetings.meeting(meetingId).getId());
    }

    private static String keptAt(Board board) {
        return board.getAdministration() != null ? board.getAdministration().getName() : KEPT_AT_FALLBACK;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.STOCKHOLM));
    }

    private static String actor() {
        return CurrentUser.get().map(SignedInUser::getUsername).orElse(AuditLog.SYSTEM);
    }
}
