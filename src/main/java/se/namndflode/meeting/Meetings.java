package se.namndflode.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.matter.BoardOutcome;
import se.namndflode.organisation.Board;
import se.namndflode.organisation.Organisation;
import se.namndflode.organisation.ParagraphNumbering;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterEntry;
import se.namndflode.registry.Registry;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.db.RowLocks;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.shared.web.DomainException;
import se.namndflode.shared.web.Paging;
import se.namndflode.shared.web.TextLimits;

/**
 * The meetings of the signed-in user's municipalities: planning, the agenda, opening and closing, the time of
 * justering, and the board's handling of each paragraph, which reaches the matter's own process in the same
 * transaction. Every method checks the caller's municipality (a meeting of another is "not found",
 * {@code notFound.meeting}); every refusal is a {@link DomainException} with a Swedish message and changes
 * nothing; every change is audited (entity type {@value #ENTITY}). Roles are checked at the pages and the API:
 * the secretary (SECRETARY) plans and runs meetings. Concurrent changes of one meeting or paragraph fail on its
 * {@code @Version} (409 at the edges). The secretary's edits of the agenda and the justering carry the meeting's
 * {@code version} as the person saw it ({@link #changing}): without it 400 {@code version-required}; stale, 409
 * {@code concurrent-change} and nothing changes.
 */
@Service
@Transactional
public class Meetings {

    /** The most meetings one page lists. */
    static final int MAX_PAGE_SIZE = 200;

    /** The audit log's entity type of meetings and their paragraphs (recorded under the meeting's id). */
    public static final String ENTITY = "MEETING";
    /** The default wording of an immediate justering, the last decision point (a board may choose another). */
    public static final String IMMEDIATE_JUSTERING = Board.DEFAULT_IMMEDIATE_JUSTERING_WORDING;
    /** Justering is at most this long after the meeting (primer 3.7; KL 5 kap. 69 § via 6 kap. 35 §). */
    public static final Period JUSTERING_AT_MOST_AFTER = Period.ofDays(14);
    /** Meetings are planned for a year and a bit ahead; further is a typing mistake. */
    static final Period PLANNED_AT_MOST_AHEAD = Period.ofYears(2);
    /** What members and the public see of a confidential matter on the agenda. */
    static final String CONFIDENTIAL_TITLE = "Sekretessbelagt ärende";
    /** The board-matter process's agenda step, where a matter waits to be placed on a meeting. */
    static final String AGENDA_STEP = "PlaceOnAgenda";

    private final MeetingRepository meetings;
    private final ParagraphRepository paragraphs;
    private final Organisation organisation;
    private final Registry registry;
    private final BoardMatterProcess matterProcess;
    private final AgendaTemplate template;
    private final MeetingProcess process;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final RowLocks rows;

    Meetings(MeetingRepository meetings, ParagraphRepository paragraphs, Organisation organisation,
            Registry registry, BoardMatterProcess matterProcess, AgendaTemplate template, MeetingProcess process,
            AuditLog audit, Clock clock, ApplicationEventPublisher events, RowLocks rows) {
        this.rows = rows;
        this.meetings = meetings;
        this.paragraphs = paragraphs;
        this.organisation = organisation;
        this.registry = registry;
        this.matterProcess = matterProcess;
        this.template = template;
        this.process = process;
        this.audit = audit;
        this.clock = clock;
        this.events = events;
    }

    // --- Planning and reading --------------------------------------------------------------------------------

    /**
     * Plans a meeting of the board with the standard items of its agenda (the board's template) and starts its
     * process, whose timer reminds the secretary when the kallelse has not been sent the board's number of days
     * before the meeting. Refused: a board of another
     * municipality (not found), a day that has passed or lies more than two years ahead, a missing time or place,
     * a second meeting of the board at the same day and time.
     */
    public Meeting plan(Long boardId, LocalDate day, LocalTime startsAt, String place) {
        Board board = organisation.board(boardId);
        LocalDate today = today();
        if (day == null) {
            throw DomainException.invalid("day", "validation.required");
        }
        if (day.isBefore(today)) {
            throw DomainException.invalid("day", "meeting.day.past", today.toString());
        }
        if (day.isAfter(today.plus(PLANNED_AT_MOST_AHEAD))) {
            throw DomainException.invalid("day", "meeting.day.tooFar", today.plus(PLANNED_AT_MOST_AHEAD).toString());
        }
        if (startsAt == null) {
            throw DomainException.invalid("startsAt", "validation.required");
        }
        String where = required(place, TextLimits.NAME, "place");
        if (meetings.existsByBoardIdAndDayAndStartsAt(board.getId(), day, startsAt)) {
            throw DomainException.invalid("day", "meeting.day.taken", day.toString(), startsAt.toString());
        }
        Meeting meeting = meetings.save(new Meeting(board, day, startsAt, where));
        int position = 1;
        for (AgendaTemplate.Item item : template.items(board.getId())) {
            paragraphs.save(Paragraph.standard(meeting, position++, item.title(), item.closing()));
        }
        meeting.startedAs(process.start(meeting, board.getKallelseReminderDays()));
        audit.record("MEETING_PLANNED", ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                "Sammanträde planerat: " + board.getName() + " " + day + " kl. " + startsAt + ", " + where, null);
        return meeting;
    }

    /** The meeting, if it belongs to one of the caller's municipalities; otherwise "not found". */
    @Transactional(readOnly = true)
    public Meeting meeting(Long meetingId) {
        return visible(meetingId);
    }

    /** The meeting's agenda items in agenda order. */
    @Transactional(readOnly = true)
    public List<Paragraph> paragraphs(Long meetingId) {
        return paragraphs.findByMeetingIdOrderByPositionAsc(visible(meetingId).getId());
    }

    /** One agenda item of the meeting; "not found" when it is another meeting's. */
    @Transactional(readOnly = true)
    public Paragraph paragraph(Long meetingId, Long paragraphId) {
        return paragraphOf(visible(meetingId), paragraphId);
    }

    /**
     * An agenda item by its id alone, if its meeting belongs to one of the caller's municipalities (empty otherwise),
     * for capabilities that keep a reference to a paragraph of the minutes (an assignment given by a board decision).
     */
    @Transactional(readOnly = true)
    public java.util.Optional<Paragraph> findParagraph(Long paragraphId) {
        return (paragraphId == null ? java.util.Optional.<Paragraph>empty() : paragraphs.findById(paragraphId))
                .filter(item -> mayAccess(item.getMeeting()));
    }

    /** Those of the meetings with these ids in the caller's municipalities (for lists that join, e.g. task lists). */
    @Transactional(readOnly = true)
    public List<Meeting> meetings(java.util.Collection<Long> meetingIds) {
        return meetingIds.isEmpty() ? List.of()
                : meetings.findAllById(meetingIds).stream().filter(Meetings::mayAccess).toList();
    }

    /** The meetings of the caller's municipalities, latest first, a page of them (paged in SQL). */
    @Transactional(readOnly = true)
    public Page<Meeting> list(int page, int size) {
        return list(page, size, null);
    }

    /**
     * As {@link #list(int, int)}, only of these boards when {@code boardIds} is not null (a politician reads the
     * meetings of the boards they hold a seat in).
     */
    @Transactional(readOnly = true)
    public Page<Meeting> list(int page, int size, java.util.Collection<Long> boardIds) {
        var codes = CurrentUser.get().isPresent() ? CurrentUser.municipalityCodes() : null;
        PageRequest request = Paging.request(page, size, MAX_PAGE_SIZE,
                Sort.by(Sort.Order.desc("day"), Sort.Order.desc("startsAt"), Sort.Order.desc("id")));
        if (boardIds != null) {
            return Paging.find(request, pageable -> meetings.findByMunicipalityCodeInAndBoardIdIn(
                    codes == null || codes.isEmpty() ? List.of("") : codes,
                    boardIds.isEmpty() ? List.of(-1L) : boardIds, pageable));
        }
        return Paging.find(request, pageable -> codes == null ? meetings.findAll(pageable)
                : meetings.findByMunicipalityCodeIn(codes.isEmpty() ? List.of("") : codes, pageable));
    }

    /**
     * The board's meetings a matter can still be placed on: planned (agenda not yet set), today or later, soonest
     * first. For the agenda step's choice of meeting.
     */
    @Transactional(readOnly = true)
    public List<Meeting> comingMeetings(Long boardId) {
        Board board = organisation.board(boardId);
        return meetings.findByBoardIdAndStatusInAndDayGreaterThanEqualOrderByDayAscStartsAtAsc(board.getId(),
                EnumSet.of(MeetingStatus.PLANNED), today());
    }

    /**
     * The next meeting of each of these boards that has not yet been held (planned, agenda set, kallelse sent, or
     * open today), soonest first; a board without one is left out. For the start pages. Boards the caller may not
     * see are left out by the caller's list of boards.
     */
    @Transactional(readOnly = true)
    public List<Meeting> nextMeetings(java.util.Collection<Long> boardIds) {
        if (boardIds.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, Meeting> firstPerBoard = new java.util.LinkedHashMap<>();
        meetings.findByBoardIdInAndStatusInAndDayGreaterThanEqualOrderByDayAscStartsAtAsc(boardIds,
                EnumSet.of(MeetingStatus.PLANNED, MeetingStatus.AGENDA_SET, MeetingStatus.KALLELSE_SENT,
                        MeetingStatus.OPEN), today(), org.springframework.data.domain.PageRequest.of(0, 50))
                .forEach(meeting -> firstPerBoard.putIfAbsent(meeting.getBoard().getId(), meeting));
        return List.copyOf(firstPerBoard.values());
    }

    // --- The agenda -------------------------------------------------------------------------------------------

    /**
     * "Anmäl till sammanträde": puts a matter waiting in its agenda step on a planned meeting of its own board, as
     * a paragraph (a board matter, or a report item for a delegationsbeslut or anmälan), and records the meeting's
     * day in the matter's process ({@link BoardMatterProcess#placeOnAgenda}: a meeting after the answer date needs
     * {@code lateReason}). The caller completes the matter's {@code PlaceOnAgenda} task in the same transaction.
     * A confidential matter is listed with a neutral public title. Putting a matter forward needs only its register
     * entry, so a caller who is not entitled to a confidential matter (a board secretary) may put it forward: the
     * paragraph keeps its title for the entitled, the caller is shown nothing of it. Refused (field
     * {@code meetingId} unless said): a matter of another municipality (not found), a meeting of another board, a
     * meeting whose agenda is set, a matter not waiting to be placed or already on an agenda, and the matter's own
     * date rules.
     */
    public Paragraph placeOnAgenda(Long matterId, Long meetingId, String lateReason) {
        if (meetingId == null) {
            throw DomainException.invalid("meetingId", "validation.required");
        }
        Meeting meeting = visible(meetingId);
        MatterEntry matter = agendaEntry(matterId);
        if (!matter.board().getId().equals(meeting.getBoard().getId())) {
            // The meeting is of the caller's municipality; a matter of another board is named only by its board.
            throw DomainException.invalid("meetingId", "meeting.matter.otherBoard", matter.board().getName());
        }
        requireAgendaEditable(meeting);
        if (!matterProcess.waitingIn(matterId).contains(AGENDA_STEP)) {
            throw DomainException.invalid(null, "meeting.matter.notAwaitingAgenda",
                    matter.registryNumber().toString());
        }
        List<Paragraph> already = paragraphs.findUnhandledByMatterId(matterId);
        if (!already.isEmpty()) {
            throw DomainException.invalid("meetingId", "meeting.matter.alreadyOnAgenda",
                    already.get(0).getMeeting().getDay().toString());
        }
        try {
            matterProcess.placeOnAgenda(matterId, meeting.getDay(), lateReason);
        } catch (DomainException refused) {
            // The matter's timeline speaks of the meeting's date; on this form that is the choice of meeting.
            throw "meetingDate".equals(refused.field()) ? new DomainException(refused.status(), refused.code(),
                    "meetingId", refused.messageKey(), refused.arguments()) : refused;
        }
        ParagraphKind kind = matter.kind().isReportedOnly() ? ParagraphKind.REPORT_ITEM : ParagraphKind.MATTER;
        List<Paragraph> agenda = paragraphs.findByMeetingIdOrderByPositionAsc(meeting.getId());
        int index = insertionIndex(agenda, kind);
        Paragraph item = paragraphs.save(Paragraph.matter(meeting, index + 1, kind, matter.id(),
                matter.registryNumber().toString(), matter.title(),
                publicTitleOf(matter.confidential(), matter.title(), matter.publicTitle()), matter.confidential()));
        agenda.add(index, item);
        renumberPositions(agenda);
        meeting.touched();
        audit.record("PLACED_ON_AGENDA", ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                "På föredragningslistan: " + matter.registryNumber() + " " + item.getPublicTitle(), null);
        return item;
    }

    /**
     * The whole register entry of a matter to put forward: as the registry gives it to the caller, or, for a
     * confidential matter of their municipality they are not entitled to, as the paragraph needs it (its title is
     * kept for the entitled readers of the agenda and the minutes; {@link MeetingAccess} withholds it from others).
     * A matter of another municipality, or none, is "not found".
     */
    private MatterEntry agendaEntry(Long matterId) {
        MatterEntry entry = registry.entries(List.of(matterId)).stream().findFirst()
                .orElseThrow(() -> DomainException.notFound("notFound.matter"));
        return entry.restricted() ? registry.wholeEntry(matterId).orElseThrow() : entry;
    }

    /**
     * Adds a standard item of the secretary's own (before the closing items). Only while the meeting is planned.
     * {@code version} is the meeting's as the secretary saw it (as {@link #changing}).
     */
    public Paragraph addItem(Long meetingId, Long version, String title) {
        Meeting meeting = changing(meetingId, version);
        requireAgendaEditable(meeting);
        String text = required(title, TextLimits.TITLE, "title");
        List<Paragraph> agenda = paragraphs.findByMeetingIdOrderByPositionAsc(meeting.getId());
        int index = insertionIndex(agenda, ParagraphKind.MATTER);
        Paragraph item = paragraphs.save(Paragraph.standard(meeting, index + 1, text, false));
        agenda.add(index, item);
        renumberPositions(agenda);
        meeting.touched();
        audit.record("AGENDA_ITEM_ADDED", ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                "Punkt tillagd på föredragningslistan: " + text, null);
        return item;
    }

    /**
     * Takes a standard item off the agenda (a matter leaves it only by the board's handling). Only while the
     * meeting is planned. {@code version} is the meeting's as the secretary saw it (as {@link #changing}).
     */
    public void removeItem(Long meetingId, Long paragraphId, Long version) {
        Meeting meeting = changing(meetingId, version);
        Paragraph item = paragraphOf(meeting, paragraphId);
        requireAgendaEditable(meeting);
        if (item.getKind() != ParagraphKind.STANDARD) {
            throw DomainException.invalid(null, "meeting.agenda.matterStays");
        }
        List<Paragraph> agenda = paragraphs.findByMeetingIdOrderByPositionAsc(meeting.getId());
        agenda.removeIf(other -> other.getId().equals(item.getId()));
        paragraphs.delete(item);
        renumberPositions(agenda);
        meeting.touched();
        audit.record("AGENDA_ITEM_REMOVED", ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                "Punkt borttagen från föredragningslistan: " + item.getTitle(), null);
    }

    /**
     * Moves an agenda item to {@code newPosition} (1..n; outside, to the first or last place). Only while the
     * meeting is planned. {@code version} is the meeting's as the secretary saw it (as {@link #changing}).
     */
    public void move(Long meetingId, Long paragraphId, Long version, int newPosition) {
        Meeting meeting = changing(meetingId, version);
        Paragraph item = paragraphOf(meeting, paragraphId);
        requireAgendaEditable(meeting);
        List<Paragraph> agenda = paragraphs.findByMeetingIdOrderByPositionAsc(meeting.getId());
        int from = item.getPosition();
        agenda.removeIf(other -> other.getId().equals(item.getId()));
        int to = Math.max(1, Math.min(newPosition, agenda.size() + 1));
        agenda.add(to - 1, item);
        renumberPositions(agenda);
        meeting.touched();
        audit.record("AGENDA_REORDERED", ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                "Föredragningslistan ändrad: " + item.getPublicTitle() + " från plats " + from + " till " + to, null);
    }

    /**
     * Marks a paragraph as myndighetsutövning mot enskild (no abstaining in its votes, primer 3.5), or not. Until
     * the paragraph is handled. {@code version} is the meeting's as the secretary saw it (as {@link #changing}).
     */
    public Paragraph setExerciseOfAuthority(Long meetingId, Long paragraphId, Long version,
            boolean exerciseOfAuthority) {
        Meeting meeting = changing(meetingId, version);
        Paragraph item = unhandled(meeting, paragraphId);
        item.exerciseOfAuthority(exerciseOfAuthority);
        meeting.touched();
        audit.record("PARAGRAPH_CHANGED", ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                describe(item) + (exerciseOfAuthority ? ": myndighetsutövning mot enskild"
                        : ": inte myndighetsutövning mot enskild"), null);
        return item;
    }

    /**
     * What members and the public see of a confidential matter on the agenda (a neutral title, e.g. "Ansökan om
     * bistånd"); only for a confidential matter, until the paragraph is handled. {@code version} is the meeting's as
     * the secretary saw it (as {@link #changing}).
     */
    public Paragraph setPublicTitle(Long meetingId, Long paragraphId, Long version, String publicTitle) {
        Meeting meeting = changing(meetingId, version);
        Paragraph item = unhandled(meeting, paragraphId);
        if (!item.isConfidential()) {
            throw DomainException.invalid("publicTitle", "meeting.publicTitle.notConfidential");
        }
        String text = required(publicTitle, TextLimits.TITLE, "publicTitle");
        String before = item.getPublicTitle();
        item.publicTitle(text);
        meeting.touched();
        audit.record("PARAGRAPH_CHANGED", ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                "Offentlig rubrik ändrad: " + before + " → " + text, null);
        return item;
    }

    /**
     * Marks a report item as a standing item of the year (reported again at the next meeting), or not. Until the
     * paragraph is handled. {@code version} is the meeting's as the secretary saw it (as {@link #changing}).
     */
    public Paragraph setReportAgain(Long meetingId, Long paragraphId, Long version, boolean reportAgain) {
        Meeting meeting = changing(meetingId, version);
        Paragraph item = unhandled(meeting, paragraphId);
        if (item.getKind() != ParagraphKind.REPORT_ITEM) {
            throw DomainException.invalid("reportAgain", "matter.notReportItem");
        }
        item.reportAgain(reportAgain);
        meeting.touched();
        audit.record("PARAGRAPH_CHANGED", ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                describe(item) + (reportAgain ? ": anmäls igen vid nästa sammanträde" : ": anmäls en gång"), null);
        return item;
    }

    /**
     * Sets the agenda: numbers the paragraphs in agenda order and moves the meeting (and its process) on to the
     * kallelse. The numbers start at § 1, or, for a board that numbers through the year
     * ({@link ParagraphNumbering#PER_YEAR}), after the board's last number of the year; such a board sets its
     * agendas in the order of its meetings (refused while an earlier meeting of the year is still planned). Refused
     * unless the meeting is planned.
     */
    public Meeting setAgenda(Long meetingId) {
        Meeting meeting = visible(meetingId);
        requireAgendaEditable(meeting);
        List<Paragraph> agenda = paragraphs.findByMeetingIdOrderByPositionAsc(meeting.getId());
        if (agenda.isEmpty()) {
            throw DomainException.invalid(null, "meeting.agenda.empty");
        }
        int first = 1;
        if (meeting.getBoard().getParagraphNumbering() == ParagraphNumbering.PER_YEAR) {
            LocalDate from = meeting.getDay().withDayOfYear(1);
            LocalDate to = from.plusYears(1).minusDays(1);
            meetings.findByBoardIdAndStatusAndDayBetweenOrderByDayAscStartsAtAsc(meeting.getBoard().getId(),
                    MeetingStatus.PLANNED, from, meeting.getDay()).stream()
                    .filter(other -> !other.getId().equals(meeting.getId()) && (other.getDay().isBefore(meeting.getDay())
                            || other.getStartsAt().isBefore(meeting.getStartsAt())))
                    .findFirst().ifPresent(earlier -> {
                        throw DomainException.invalid(null, "meeting.agenda.earlierFirst", earlier.getDay().toString());
                    });
            Integer last = paragraphs.maxNumber(meeting.getBoard().getId(), from, to, meeting.getId());
            first = last == null ? 1 : last + 1;
        }
        int number = first;
        for (Paragraph item : agenda) {
            item.number(number++);
        }
        meeting.status(MeetingStatus.AGENDA_SET);
        meeting.touched();
        process.agendaSet(meeting);
        audit.record("AGENDA_SET", ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                "Föredragningslistan fastställd: § " + first + "–" + (number - 1), null);
        return meeting;
    }

    /**
     * The kallelse has been sent to the members and substitutes: AGENDA_SET → KALLELSE_SENT. Publishes
     * {@link KallelseSent}; the e-mails go out after this transaction commits ({@link KallelseMail}).
     */
    public Meeting sendKallelse(Long meetingId) {
        Meeting meeting = visible(meetingId);
        if (meeting.getStatus() != MeetingStatus.AGENDA_SET) {
            throw DomainException.invalid(null, "meeting.kallelse.notReady", meeting.getStatus().name());
        }
        meeting.status(MeetingStatus.KALLELSE_SENT);
        meeting.touched();
        process.kallelseSent(meeting);
        audit.record("KALLELSE_SENT", ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                "Kallelse skickad till sammanträdet " + meeting.getDay(), null);
        events.publishEvent(new KallelseSent(meeting.getId(), meeting.getMunicipalityCode()));
        return meeting;
    }

    // --- The meeting ------------------------------------------------------------------------------------------

    /**
     * Opens the meeting: KALLELSE_SENT (or AGENDA_SET) → OPEN, not before the meeting's day. Sets the opening
     * time.
     */
    public void open(Long meetingId) {
        Meeting meeting = visible(meetingId);
        if (meeting.getStatus() != MeetingStatus.AGENDA_SET && meeting.getStatus() != MeetingStatus.KALLELSE_SENT) {
            throw DomainException.invalid(null, meeting.getStatus() == MeetingStatus.PLANNED
                    ? "meeting.open.agendaNotSet" : "meeting.open.alreadyOpened");
        }
        if (today().isBefore(meeting.getDay())) {
            throw DomainException.invalid(null, "meeting.open.beforeDay", meeting.getDay().toString());
        }
        boolean withoutKallelse = meeting.getStatus() == MeetingStatus.AGENDA_SET;
        meeting.opened(now());
        meeting.touched();
        process.opened(meeting, withoutKallelse);
        audit.record("MEETING_OPENED", ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                "Sammanträdet öppnat", null);
    }

    /**
     * Closes the meeting: OPEN → CLOSED. Refused ({@code meeting.close.unhandled}) while any paragraph — matter,
     * report item or standard item — has no outcome and decision text (KL 5 kap. 69 §: the minutes state each
     * paragraph's decision): a matter the board did not reach is bordlagt, a standard item not taken up utgick.
     */
    public void close(Long meetingId) {
        Meeting meeting = visible(meetingId);
        requireOpen(meeting);
        requireEveryParagraphDecided(meeting, "meeting.close.unhandled");
        // Who closes keeps the minutes: their name goes under the secretary's signature line (none for a job).
        meeting.closed(now(), CurrentUser.get().map(SignedInUser::getDisplayName).orElse(null));
        meeting.touched();
        process.closed(meeting);
        audit.record("MEETING_CLOSED", ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                "Sammanträdet avslutat", null);
    }

    /**
     * The secretary has drafted the minutes: CLOSED → MINUTES_DRAFTED, and the meeting's process ends (the minutes
     * capability takes it on from there).
     */
    public void minutesDrafted(Long meetingId) {
        Meeting meeting = visible(meetingId);
        if (meeting.getStatus() != MeetingStatus.CLOSED) {
            throw DomainException.invalid(null, "meeting.minutes.notClosed");
        }
        // A meeting closed before the rule covered every paragraph must not reach the justerare half-written.
        requireEveryParagraphDecided(meeting, "meeting.minutes.undecided");
        meeting.status(MeetingStatus.MINUTES_DRAFTED);
        meeting.touched();
        process.minutesDrafted(meeting);
        audit.record("MINUTES_DRAFTED", ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                "Protokollet är utkastat", null);
    }

    /**
     * The minutes are justered (the chair and every justerare have signed) on {@code justeredOn}: MINUTES_DRAFTED
     * → JUSTERED, after which nothing the meeting recorded changes (the console refuses, {@code minutes.locked}).
     * The meeting's process waits for the notice, due on the second day after {@code justeredOn}. Called by the
     * minutes capability when it locks the minutes; refused unless the minutes are drafted.
     */
    public void minutesJustered(Long meetingId, LocalDate justeredOn) {
        Meeting meeting = visible(meetingId);
        if (meeting.getStatus() != MeetingStatus.MINUTES_DRAFTED) {
            throw DomainException.invalid(null, "minutes.notDrafted");
        }
        requireEveryParagraphDecided(meeting, "meeting.minutes.undecided");
        meeting.status(MeetingStatus.JUSTERED);
        meeting.touched();
        process.justered(meeting, justeredOn);
        audit.record("MINUTES_JUSTERED", ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                "Protokollet är justerat " + justeredOn, null);
    }

    /**
     * The justering is posted on the anslagstavla: the meeting's process ends. Called by the minutes capability when
     * the secretary posts the notice; refused unless the minutes are justered.
     */
    public void noticePosted(Long meetingId) {
        Meeting meeting = visible(meetingId);
        if (!meeting.getStatus().isLocked()) {
            throw DomainException.invalid(null, "notice.notJustered");
        }
        process.noticePosted(meeting);
    }

    /** The activities the meeting's process waits in (for pages and tests; none once it has ended). */
    @Transactional(readOnly = true)
    public List<String> waitingIn(Long meetingId) {
        return process.waitingIn(visible(meetingId));
    }

    /**
     * The time and place of justering (primer 3.7): not before the meeting's day and at most 14 days after it.
     * Written reservations are accepted until this time. {@code version} is the meeting's as the secretary saw it
     * (as {@link #changing}).
     */
    public void setJustering(Long meetingId, Long version, OffsetDateTime at, String place) {
        Meeting meeting = changing(meetingId, version);
        if (meeting.getStatus() == MeetingStatus.MINUTES_DRAFTED || meeting.getStatus().isLocked()) {
            throw DomainException.invalid(null, "meeting.justering.minutesDrafted");
        }
        if (at == null) {
            throw DomainException.invalid("justeringAt", "validation.required");
        }
        LocalDate day = at.atZoneSameInstant(WorkingDayCalendar.STOCKHOLM).toLocalDate();
        if (day.isBefore(meeting.getDay())) {
            throw DomainException.invalid("justeringAt", "meeting.justering.beforeMeeting", meeting.getDay().toString());
        }
        LocalDate latest = meeting.getDay().plus(JUSTERING_AT_MOST_AFTER);
        if (day.isAfter(latest)) {
            throw DomainException.invalid("justeringAt", "meeting.justering.tooLate", latest.toString());
        }
        String where = required(place, TextLimits.NAME, "justeringPlace");
        meeting.justering(at, where);
        meeting.touched();
        audit.record("JUSTERING_SET", ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                "Justering " + at.atZoneSameInstant(WorkingDayCalendar.STOCKHOLM).toLocalDateTime() + ", " + where,
                null);
    }

    /**
     * The board's handling of a paragraph, called by the console when the chair's decision is recorded. Sets the
     * outcome and the decision text (one decision point a line; blank: the standard wording of an återremiss,
     * bordläggning, report or noted item; required for a decision), and for a matter or report item tells the
     * matter's process in the same transaction: {@link BoardMatterProcess#recordBoardOutcome} (decided,
     * återremiss with {@code reason} back to the case officer, bordläggning back to the agenda step) on the
     * meeting's day, or {@link BoardMatterProcess#recordReported}. {@code immediatelyJustered} (decisions only)
     * adds the wording "Paragrafen justeras omedelbart." as the last decision point. Refused when the meeting is
     * not open, the paragraph is already handled, the outcome does not fit the paragraph's kind, or an återremiss
     * has no reason.
     */
    public Paragraph decide(Long meetingId, Long paragraphId, ParagraphOutcome outcome, String decisionText,
            String reason, boolean immediatelyJustered) {
        return decide(meetingId, paragraphId, outcome, decisionText, reason, immediatelyJustered, null);
    }

    /**
     * As {@link #decide(Long, Long, ParagraphOutcome, String, String, boolean)}, the immediate justering in
     * {@code immediateWording} (one of the seed's four, e.g. "Socialnämnden förklarar ärendet omedelbart justerat.";
     * null: the board's wording). Refused when the wording does not speak of immediate justering.
     */
    public Paragraph decide(Long meetingId, Long paragraphId, ParagraphOutcome outcome, String decisionText,
            String reason, boolean immediatelyJustered, String immediateWording) {
        String wording = blankToNull(immediateWording);
        if (wording != null && !wording.toLowerCase(java.util.Locale.ROOT).contains("omedelbart")) {
            throw DomainException.invalid("immediateWording", "meeting.immediate.wording");
        }
        Meeting meeting = visible(meetingId);
        Paragraph item = paragraphOf(meeting, paragraphId);
        requireOpen(meeting);
        if (item.isHandled()) {
            throw DomainException.invalid(null, "meeting.paragraph.handled", describe(item));
        }
        if (outcome == null) {
            throw DomainException.invalid("outcome", "validation.required");
        }
        if (!outcome.fits(item.getKind())) {
            throw DomainException.invalid("outcome", "meeting.outcome.notFor." + item.getKind().name());
        }
        TextLimits.requireAtMost(decisionText, TextLimits.LONG_TEXT, "decisionText");
        TextLimits.requireAtMost(reason, TextLimits.REASON, "reason");
        String why = blankToNull(reason);
        if (outcome == ParagraphOutcome.REFERRED_BACK && why == null) {
            throw DomainException.invalid("reason", "matter.referBack.reasonRequired");
        }
        if (immediatelyJustered && outcome != ParagraphOutcome.DECIDED) {
            throw DomainException.invalid("immediatelyJustered", "meeting.immediate.onlyDecided");
        }
        String standard = item.getKind() == ParagraphKind.STANDARD && blankToNull(decisionText) == null
                && (outcome == ParagraphOutcome.DECIDED || outcome == ParagraphOutcome.NOTED)
                ? standardDecision(meeting, item) : null;
        if (standard != null) {
            // Approving the agenda is a decision, not information laid aside: the seed's words, not NOTED's.
            outcome = ParagraphOutcome.DECIDED;
            decisionText = standard;
        }
        String text = decisionText(outcome, blankToNull(decisionText),
                immediatelyJustered ? (wording != null ? wording : meeting.getBoard().getImmediateJusteringWording())
                        : null);
        item.handled(outcome, text, immediatelyJustered, outcome == ParagraphOutcome.REFERRED_BACK ? why : null);
        if (item.getKind() == ParagraphKind.MATTER) {
            matterProcess.recordBoardOutcome(item.getMatterId(), boardOutcome(outcome), why, immediatelyJustered,
                    meeting.getDay(), null);
        } else if (item.getKind() == ParagraphKind.REPORT_ITEM) {
            matterProcess.recordReported(item.getMatterId(), item.isReportAgain());
        }
        meeting.touched();
        if (immediatelyJustered) {
            events.publishEvent(new ParagraphJusteredImmediately(meeting.getId(), item.getId(),
                    meeting.getMunicipalityCode(), today()));
        }
        audit.record("PARAGRAPH_DECIDED", ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                describe(item) + ": " + OUTCOME_TEXT.get(outcome) + (immediatelyJustered ? " (omedelbart justerad)" : ""),
                // The reason of a confidential matter stays out of the log; the matter's own history has it.
                why == null || item.isConfidential() ? null : "skäl: " + why);
        return item;
    }

    /**
     * Justers a decided paragraph at the meeting, after its decision and the reservations and statements announced
     * on it (KL 4 kap. 27 §: a reservation is given before the justering), as its own step: the immediate
     * justering's wording ({@code immediateWording}, one of the seed's four; null: the board's) becomes the
     * decision's last point, the paragraph is locked at once (nothing recorded on it changes any more:
     * {@code minutes.paragraphLocked}), its matter's process is told that the justering is announced today (the
     * appeal period runs from it) and it gets its own notice ({@link ParagraphJusteredImmediately}). Refused: the
     * meeting not open, a paragraph not decided ({@code meeting.immediate.onlyDecided}), one justered already
     * (409), a wording that does not speak of immediate justering.
     */
    public Paragraph justerImmediately(Long meetingId, Long paragraphId, String immediateWording) {
        String wording = blankToNull(immediateWording);
        if (wording != null && !wording.toLowerCase(java.util.Locale.ROOT).contains("omedelbart")) {
            throw DomainException.invalid("immediateWording", "meeting.immediate.wording");
        }
        Meeting meeting = visible(meetingId);
        Paragraph item = paragraphOf(meeting, paragraphId);
        requireOpen(meeting);
        if (item.isImmediatelyJustered()) {
            throw new DomainException(org.springframework.http.HttpStatus.CONFLICT, "minutes-locked", null,
                    "minutes.paragraphLocked", describe(item));
        }
        if (item.getOutcome() != ParagraphOutcome.DECIDED) {
            throw DomainException.invalid("immediatelyJustered", "meeting.immediate.onlyDecided");
        }
        TextLimits.requireAtMost(wording, TextLimits.DECISION_POINT, "immediateWording");
        item.handled(item.getOutcome(), decisionText(item.getOutcome(), item.getDecisionText(),
                wording != null ? wording : meeting.getBoard().getImmediateJusteringWording()), true,
                item.getOutcomeReason());
        if (item.getKind() == ParagraphKind.MATTER && matterProcess.awaitsMinutesApproval(item.getMatterId())) {
            matterProcess.recordMinutesApproved(item.getMatterId(), today());
        }
        meeting.touched();
        events.publishEvent(new ParagraphJusteredImmediately(meeting.getId(), item.getId(),
                meeting.getMunicipalityCode(), today()));
        audit.record("PARAGRAPH_JUSTERED", ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                describe(item) + ": omedelbart justerad", null);
        return item;
    }

    /**
     * The meeting's version as it stands in this transaction, its pending changes written first: for a caller that
     * changes the meeting again in the same transaction (an import), which has seen every change made before.
     */
    public long versionNow(Long meetingId) {
        Meeting meeting = visible(meetingId);
        meetings.flush();
        return meeting.getVersion();
    }

    /** Bumps the meeting's live revision, so that the members' live view shows the latest change. */
    public void touch(Long meetingId) {
        visible(meetingId).touched();
    }

    // --- Helpers ----------------------------------------------------------------------------------------------

    /**
     * What members and the public read of the matter on the agenda, kallelse, minutes and notices: its title, or for a
     * confidential matter the registrar's offentlig rubrik ("Rapport enligt lex Sarah (2)"), the neutral
     * "Sekretessbelagt ärende" only when none was set.
     */
    static String publicTitleOf(Matter matter) {
        return publicTitleOf(matter.isConfidential(), matter.getTitle(), matter.getPublicTitle());
    }

    /** The title the agenda gives to everyone: a confidential matter's public title, or "Sekretessbelagt ärende". */
    static String publicTitleOf(boolean confidential, String title, String publicTitle) {
        if (!confidential) {
            return title;
        }
        return publicTitle == null || publicTitle.isBlank() ? CONFIDENTIAL_TITLE : publicTitle;
    }

    private static final Map<ParagraphOutcome, String> OUTCOME_TEXT = Map.of(ParagraphOutcome.DECIDED, "beslutat",
            ParagraphOutcome.REFERRED_BACK, "återremitterat", ParagraphOutcome.TABLED, "bordlagt",
            ParagraphOutcome.REPORTED, "anmält", ParagraphOutcome.NOTED, "behandlat", ParagraphOutcome.WITHDRAWN,
            "utgick");

    /** The standard wording of an outcome without a decision text of its own (the seed's phrases). */
    private static final Map<ParagraphOutcome, String> STANDARD_WORDING = Map.of(
            ParagraphOutcome.REFERRED_BACK, "Ärendet återremitteras till förvaltningen.",
            ParagraphOutcome.TABLED, "Ärendet bordläggs.",
            ParagraphOutcome.REPORTED, "Anmälan läggs till handlingarna.",
            ParagraphOutcome.NOTED, "Nämnden lägger informationen till handlingarna.",
            ParagraphOutcome.WITHDRAWN, "Punkten utgick.");

    private static final java.time.format.DateTimeFormatter JUSTERING_DAY = java.time.format.DateTimeFormatter
            .ofPattern("EEEE 'den' d MMMM yyyy", new java.util.Locale("sv", "SE"));

    /**
     * The standard decision of a standard item taken up without words of its own, as the seed's §§ 1–2 read
     * ("Den utsända dagordningen godkändes"; "... Ordföranden meddelade att justering sker fredag den 15 december
     * 2023."); null for an item without one (information, members' questions: noted, or a text is required).
     */
    private static String standardDecision(Meeting meeting, Paragraph item) {
        String title = item.getTitle().toLowerCase(java.util.Locale.ROOT);
        if (title.contains("dagordning") || title.contains("föredragningslist")) {
            return "Den utsända dagordningen godkändes";
        }
        if (title.contains("öppnande")) {
            return "Ordföranden förklarade sammanträdet öppnat.";
        }
        if (title.contains("juster") && meeting.getJusteringAt() != null) {
            return "Ordföranden meddelade att justering sker " + JUSTERING_DAY.format(meeting.getJusteringAt()
                    .atZoneSameInstant(WorkingDayCalendar.STOCKHOLM)) + ".";
        }
        return null;
    }

    /** The decision text: as given or the standard wording, with the immediate justering's wording (if any) last. */
    private static String decisionText(ParagraphOutcome outcome, String given, String immediateWording) {
        String text = given != null ? given : STANDARD_WORDING.get(outcome);
        if (text == null) {
            throw DomainException.invalid("decisionText", "meeting.decision.textRequired");
        }
        if (immediateWording != null) {
            List<String> lines = text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
            if (lines.isEmpty() || !lines.get(lines.size() - 1).equals(immediateWording)) {
                text = text.stripTrailing() + "\n" + immediateWording;
            }
        }
        return text;
    }

    private static BoardOutcome boardOutcome(ParagraphOutcome outcome) {
        return switch (outcome) {
            case DECIDED -> BoardOutcome.DECIDED;
            case REFERRED_BACK -> BoardOutcome.REFER_BACK;
            case TABLED -> BoardOutcome.POSTPONE;
            default -> throw new IllegalArgumentException("No board outcome for " + outcome);
        };
    }

    /**
     * Where a new item goes: a matter (or the secretary's own standard item) before the first report item or
     * closing standard item; a report item before the first closing standard item.
     */
    private static int insertionIndex(List<Paragraph> agenda, ParagraphKind kind) {
        for (int i = 0; i < agenda.size(); i++) {
            Paragraph item = agenda.get(i);
            boolean closing = item.getKind() == ParagraphKind.STANDARD && item.isClosing();
            if (closing || (kind == ParagraphKind.MATTER && item.getKind() == ParagraphKind.REPORT_ITEM)) {
                return i;
            }
        }
        return agenda.size();
    }

    private static void renumberPositions(List<Paragraph> agenda) {
        for (int i = 0; i < agenda.size(); i++) {
            if (agenda.get(i).getPosition() != i + 1) {
                agenda.get(i).position(i + 1);
            }
        }
    }

    /** "§ 5 Title" (or "punkt 5 Title" before the agenda is set), with the public title. */
    static String describe(Paragraph item) {
        return (item.getNumber() == null ? "punkt " + item.getPosition() : "§ " + item.getNumber()) + " "
                + item.getPublicTitle();
    }

    /**
     * The meeting a secretary changes, only if it is still as they saw it: {@code seen} is the meeting's
     * {@code version} their page or API read showed (the agenda, the justering, the signatories of the minutes).
     * Its row is locked until the transaction ends and it is read afresh under the lock, so that a change at the
     * same moment from the same version waits for the other to commit and is then refused here. The caller's change
     * must move the version on ({@link Meeting#touched}, or {@link #touch} from another module), also when it
     * changes nothing else of the meeting's row.
     *
     * @throws DomainException "not found" for a meeting of another municipality; 400 {@code version-required}
     *         (field {@code version}) without a version; 409 {@code concurrent-change}
     *         ({@code meeting.changedMeanwhile}) when the meeting changed since; nothing is changed
     */
    public Meeting changing(Long meetingId, Long seen) {
        Meeting meeting = visible(meetingId);
        if (seen == null) {
            throw DomainException.versionRequired();
        }
        rows.lockAndRefresh(meeting, "meeting", meeting.getId());
        if (seen != meeting.getVersion()) {
            throw DomainException.changedMeanwhile("meeting.changedMeanwhile", meeting.getBoard().getName(),
                    meeting.getDay().toString());
        }
        return meeting;
    }

    private Meeting visible(Long meetingId) {
        if (meetingId == null) {
            throw DomainException.notFound("notFound.meeting");
        }
        return meetings.findById(meetingId).filter(Meetings::mayAccess)
                .orElseThrow(() -> DomainException.notFound("notFound.meeting"));
    }

    private static boolean mayAccess(Meeting meeting) {
        return CurrentUser.get().map(user -> user.belongsTo(meeting.getMunicipalityCode())).orElse(true);
    }

    private Paragraph paragraphOf(Meeting meeting, Long paragraphId) {
        return (paragraphId == null ? java.util.Optional.<Paragraph>empty() : paragraphs.findById(paragraphId))
                .filter(item -> item.getMeeting().getId().equals(meeting.getId()))
                .orElseThrow(() -> DomainException.notFound("notFound.paragraph"));
    }

    private Paragraph unhandled(Meeting meeting, Long paragraphId) {
        Paragraph item = paragraphOf(meeting, paragraphId);
        MeetingConsole.requireUnlocked(meeting);
        if (item.isHandled()) {
            throw DomainException.invalid(null, "meeting.paragraph.handled", describe(item));
        }
        return item;
    }

    private static void requireAgendaEditable(Meeting meeting) {
        if (!meeting.isAgendaEditable()) {
            throw DomainException.invalid("meetingId", "meeting.agenda.notEditable", meeting.getDay().toString());
        }
    }

    /**
     * Refuses with {@code messageKey} (its argument the paragraphs, "§ 1 Godkännande av dagordningen, ...") while
     * any paragraph of the meeting has no outcome or no decision text.
     */
    private void requireEveryParagraphDecided(Meeting meeting, String messageKey) {
        List<String> undecided = paragraphs.findByMeetingIdOrderByPositionAsc(meeting.getId()).stream()
                .filter(item -> !item.isHandled() || item.getDecisionText() == null
                        || item.getDecisionText().isBlank())
                .map(Meetings::describe).toList();
        if (!undecided.isEmpty()) {
            throw DomainException.invalid(null, messageKey, String.join(", ", undecided));
        }
    }

    private static void requireOpen(Meeting meeting) {
        if (!meeting.isOpen()) {
            throw DomainException.invalid(null, "meeting.notOpen");
        }
    }

    private static String required(String text, int limit, String field) {
        String trimmed = blankToNull(text);
        if (trimmed == null) {
            throw DomainException.invalid(field, "validation.required");
        }
        return TextLimits.requireAtMost(trimmed, limit, field);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.STOCKHOLM));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
