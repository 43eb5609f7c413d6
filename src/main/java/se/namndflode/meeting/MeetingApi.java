package se.namndflode.meeting;

import jakarta.validation.constraints.Min;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.namndflode.registry.MatterEntry;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.shared.web.DomainException;

/**
 * Meetings as JSON (issue 7): the list, planning, the agenda (föredragningslista: own items, order, public
 * titles, myndighetsutövning, standing report items, fastställande) and the meeting's steps (kallelse, opened,
 * closed, minutes drafted, justering), with the same rules as the pages ({@link Meetings}, {@link Kallelse}). The
 * console's own endpoints (attendance, yrkanden, votes, decisions) are {@link MeetingConsoleApi}'s, under the same
 * path. The secretary (SECRETARY) changes; staff and the board's politicians read as on the pages. Refusals are
 * RFC 9457 problems with a Swedish {@code detail}: 404 for a meeting or board the caller may not see, 403 for a role
 * that may not act, 422 for a broken rule (the field in {@code field}); each answer gives the meeting as it now
 * stands. Every edit of the agenda and the justering carries the meeting's {@code version} as the caller read it
 * (GET, or the last answer), as a field of the JSON body: without it 400 {@code version-required} (field
 * {@code version}); stale (someone else changed the meeting meanwhile), 409 {@code concurrent-change} with the
 * meeting as it is now, and its version, in {@code current}; nothing is changed.
 */
@RestController
@RequestMapping("/api/v1/meetings")
@PreAuthorize(MeetingRoles.READERS)
@Tag(name = "Sammanträden", description = "Nämndernas sammanträden")
class MeetingApi {

    static final int PAGE_SIZE = 25;

    private final Meetings meetings;
    private final Kallelse kallelse;
    private final MeetingAccess access;

    MeetingApi(Meetings meetings, Kallelse kallelse, MeetingAccess access) {
        this.meetings = meetings;
        this.kallelse = kallelse;
        this.access = access;
    }

    // ---- views -----------------------------------------------------------------------------------------------

    /** One meeting as lists show it; {@code status} one of {@link MeetingStatus}. */
    record MeetingSummary(Long id, Long boardId, String board, LocalDate day, LocalTime startsAt, String place,
            MeetingStatus status) {

        static MeetingSummary of(Meeting meeting) {
            return new MeetingSummary(meeting.getId(), meeting.getBoard().getId(), meeting.getBoard().getName(),
                    meeting.getDay(), meeting.getStartsAt(), meeting.getPlace(), meeting.getStatus());
        }
    }

    /**
     * One agenda item: {@code number} the § once the agenda is set; {@code title} the matter's title to those
     * entitled to it, else its public title; {@code registryNumber} for matters and report items.
     */
    record AgendaItem(Long id, int position, Integer number, ParagraphKind kind, String title,
            String registryNumber, boolean confidential, boolean exerciseOfAuthority, boolean reportAgain,
            ParagraphOutcome outcome, boolean immediatelyJustered) {
    }

    /** A meeting with its agenda in order and its times; {@code version} the meeting's. */
    record MeetingView(Long id, Long boardId, String board, LocalDate day, LocalTime startsAt, String place,
            MeetingStatus status, OffsetDateTime openedAt, OffsetDateTime closedAt, OffsetDateTime justeringAt,
            String justeringPlace, List<AgendaItem> agenda, long version) {
    }

    record PageView(List<MeetingSummary> meetings, int page, int totalPages, long total) {
    }

    // ---- requests --------------------------------------------------------------------------------------------

    record PlanRequest(Long boardId, LocalDate day, LocalTime startsAt, String place) {
    }

    record ItemRequest(String title, Long version) {
    }

    record MoveRequest(Integer to, Long version) {
    }

    /** Taking an item off the agenda: the meeting's version as read. */
    record VersionRequest(Long version) {
    }

    record PublicTitleRequest(String publicTitle, Long version) {
    }

    record FlagRequest(Boolean value, Long version) {
    }

    /** The time set for justering, local time in Europe/Stockholm, and where. */
    record JusteringRequest(LocalDateTime at, String place, Long version) {
    }

    /** How an edit says which version of the meeting it was made on (in each edit's OpenAPI summary). */
    static final String VERSIONED = "; version i kroppen är sammanträdets version som du läste (saknas: 400; någon "
            + "annan har ändrat: 409 med sammanträdet nu i current)";

    // ---- reading ---------------------------------------------------------------------------------------------

    @GetMapping
    @Operation(summary = "Sammanträden som användaren får se, senaste först, 25 per sida")
    PageView list(@RequestParam(defaultValue = "0") @Min(0) int page) {
        Page<Meeting> found = meetings.list(Math.max(page, 0), PAGE_SIZE, access.readableBoards());
        return new PageView(found.getContent().stream().map(MeetingSummary::of).toList(), found.getNumber(),
                found.getTotalPages(), found.getTotalElements());
    }

    @GetMapping("/{meetingId}")
    @Operation(summary = "Ett sammanträde med föredragningslistan")
    MeetingView meeting(@PathVariable Long meetingId) {
        return view(meetingId);
    }

    // ---- planning and the agenda -----------------------------------------------------------------------------

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(MeetingRoles.SECRETARY)
    @Operation(summary = "Planera ett sammanträde för en nämnd i den egna kommunen (med mallens stående punkter)")
    MeetingView plan(@RequestBody(required = false) PlanRequest request) {
        PlanRequest plan = request == null ? new PlanRequest(null, null, null, null) : request;
        required(plan.boardId(), "boardId");
        required(plan.day(), "day");
        required(plan.startsAt(), "startsAt");
        if (plan.place() == null || plan.place().isBlank()) {
            throw DomainException.invalid("place", "validation.required");
        }
        return view(meetings.plan(plan.boardId(), plan.day(), plan.startsAt(), plan.place()).getId());
    }

    @PostMapping("/{meetingId}/agenda/items")
    @PreAuthorize(MeetingRoles.SECRETARY)
    @Operation(summary = "Lägg till en egen punkt på föredragningslistan" + VERSIONED)
    MeetingView addItem(@PathVariable Long meetingId, @RequestBody(required = false) ItemRequest request) {
        ItemRequest item = request == null ? new ItemRequest(null, null) : request;
        if (item.title() == null || item.title().isBlank()) {
            throw DomainException.invalid("title", "validation.required");
        }
        return edit(meetingId, () -> meetings.addItem(meetingId, item.version(), item.title()));
    }

    @PostMapping("/{meetingId}/agenda/items/{paragraphId}/move")
    @PreAuthorize(MeetingRoles.SECRETARY)
    @Operation(summary = "Flytta en punkt till plats to (1 = först)" + VERSIONED)
    MeetingView move(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @RequestBody(required = false) MoveRequest request) {
        MoveRequest move = request == null ? new MoveRequest(null, null) : request;
        required(move.to(), "to");
        return edit(meetingId, () -> meetings.move(meetingId, paragraphId, move.version(), move.to()));
    }

    @DeleteMapping("/{meetingId}/agenda/items/{paragraphId}")
    @PreAuthorize(MeetingRoles.SECRETARY)
    @Operation(summary = "Ta bort en egen punkt från föredragningslistan" + VERSIONED)
    MeetingView remove(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @RequestBody(required = false) VersionRequest request) {
        return edit(meetingId, () -> meetings.removeItem(meetingId, paragraphId,
                request == null ? null : request.version()));
    }

    @PutMapping("/{meetingId}/agenda/items/{paragraphId}/public-title")
    @PreAuthorize(MeetingRoles.SECRETARY)
    @Operation(summary = "Den offentliga rubriken för ett sekretessbelagt ärende på föredragningslistan" + VERSIONED)
    MeetingView publicTitle(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @RequestBody(required = false) PublicTitleRequest request) {
        PublicTitleRequest title = request == null ? new PublicTitleRequest(null, null) : request;
        return edit(meetingId, () -> meetings.setPublicTitle(meetingId, paragraphId, title.version(),
                title.publicTitle()));
    }

    @PutMapping("/{meetingId}/agenda/items/{paragraphId}/exercise-of-authority")
    @PreAuthorize(MeetingRoles.SECRETARY)
    @Operation(summary = "Markera punkten som myndighetsutövning mot enskild (ingen får avstå)" + VERSIONED)
    MeetingView exerciseOfAuthority(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @RequestBody(required = false) FlagRequest request) {
        FlagRequest flag = flag(request);
        return edit(meetingId, () -> meetings.setExerciseOfAuthority(meetingId, paragraphId, flag.version(),
                flag.value()));
    }

    @PutMapping("/{meetingId}/agenda/items/{paragraphId}/report-again")
    @PreAuthorize(MeetingRoles.SECRETARY)
    @Operation(summary = "Stående anmälningsärende: anmäls igen vid nästa sammanträde" + VERSIONED)
    MeetingView reportAgain(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @RequestBody(required = false) FlagRequest request) {
        FlagRequest flag = flag(request);
        return edit(meetingId, () -> meetings.setReportAgain(meetingId, paragraphId, flag.version(), flag.value()));
    }

    @PostMapping("/{meetingId}/agenda/set")
    @PreAuthorize(MeetingRoles.SECRETARY)
    @Operation(summary = "Fastställ föredragningslistan (paragraferna numreras)")
    MeetingView setAgenda(@PathVariable Long meetingId) {
        meetings.setAgenda(meetingId);
        return view(meetingId);
    }

    // ---- the meeting's steps ---------------------------------------------------------------------------------

    @PostMapping("/{meetingId}/kallelse")
    @PreAuthorize(MeetingRoles.SECRETARY)
    @Operation(summary = "Skicka kallelsen (e-post med länken till ledamöter och ersättare när SMTP finns)")
    MeetingView sendKallelse(@PathVariable Long meetingId) {
        kallelse.send(meetingId);
        return view(meetingId);
    }

    @PostMapping("/{meetingId}/open")
    @PreAuthorize(MeetingRoles.SECRETARY)
    @Operation(summary = "Öppna sammanträdet (tidigast på sammanträdesdagen)")
    MeetingView open(@PathVariable Long meetingId) {
        meetings.open(meetingId);
        return view(meetingId);
    }

    @PostMapping("/{meetingId}/close")
    @PreAuthorize(MeetingRoles.SECRETARY)
    @Operation(summary = "Avsluta sammanträdet (varje ärende behandlat; reservationer tas inte emot därefter)")
    MeetingView close(@PathVariable Long meetingId) {
        meetings.close(meetingId);
        return view(meetingId);
    }

    @PostMapping("/{meetingId}/minutes-drafted")
    @PreAuthorize(MeetingRoles.SECRETARY)
    @Operation(summary = "Protokollet är utkastat")
    MeetingView minutesDrafted(@PathVariable Long meetingId) {
        meetings.minutesDrafted(meetingId);
        return view(meetingId);
    }

    @PutMapping("/{meetingId}/justering")
    @PreAuthorize(MeetingRoles.SECRETARY)
    @Operation(summary = "Tid och plats för justeringen (skriftliga reservationer tas emot till dess)" + VERSIONED)
    MeetingView justering(@PathVariable Long meetingId, @RequestBody(required = false) JusteringRequest request) {
        JusteringRequest justering = request == null ? new JusteringRequest(null, null, null) : request;
        required(justering.at(), "at");
        return edit(meetingId, () -> meetings.setJustering(meetingId, justering.version(),
                justering.at().atZone(WorkingDayCalendar.STOCKHOLM).toOffsetDateTime(), justering.place()));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    /**
     * An edit of the meeting, answered with the meeting as it now stands. Refused as stale (409), it gives the caller
     * the meeting as it is now in {@code current}, read afresh after the refused change rolled back: what the other
     * changed, and the version to send with the next edit.
     */
    private MeetingView edit(Long meetingId, Runnable change) {
        try {
            change.run();
        } catch (DomainException refusal) {
            if ("concurrent-change".equals(refusal.code())) {
                throw refusal.withProperty("current", view(meetingId));
            }
            throw refusal;
        }
        return view(meetingId);
    }

    /** A flag's request, its value required. */
    private static FlagRequest flag(FlagRequest request) {
        FlagRequest flag = request == null ? new FlagRequest(null, null) : request;
        required(flag.value(), "value");
        return flag;
    }

    private MeetingView view(Long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        access.requireRead(meeting);
        List<Paragraph> items = meetings.paragraphs(meetingId);
        Map<Long, MatterEntry> entitled = access.visibleMatters(items);
        List<AgendaItem> agenda = items.stream().map(item -> new AgendaItem(item.getId(), item.getPosition(),
                item.getNumber(), item.getKind(),
                item.isMatter() && !entitled.containsKey(item.getMatterId()) ? item.getPublicTitle() : item.getTitle(),
                item.getRegistryNumber(), item.isConfidential(), item.isExerciseOfAuthority(), item.isReportAgain(),
                item.getOutcome(), item.isImmediatelyJustered())).toList();
        return new MeetingView(meeting.getId(), meeting.getBoard().getId(), meeting.getBoard().getName(),
                meeting.getDay(), meeting.getStartsAt(), meeting.getPlace(), meeting.getStatus(),
                meeting.getOpenedAt(), meeting.getClosedAt(), meeting.getJusteringAt(), meeting.getJusteringPlace(),
                agenda, meeting.getVersion());
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw DomainException.invalid(field, "validation.required");
        }
    }
}
