package se.namndflode.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.HandlerMapping;
import se.namndflode.meeting.ConsoleViews.AttendanceState;
import se.namndflode.meeting.ConsoleViews.MeetingState;
import se.namndflode.meeting.ConsoleViews.ParagraphState;
import se.namndflode.meeting.MeetingConsole.DecisionInput;
import se.namndflode.meeting.MeetingConsole.ProposalInput;
import se.namndflode.shared.web.DomainException;

/**
 * The meeting console as JSON (issue 7): attendance and tjänstgöring, and per paragraph yrkanden,
 * propositionsordning, omröstning, the chair's decision, reservationer and särskilda uttalanden. The secretary
 * (SECRETARY) changes; the secretary or a politician with a seat in the board (POLITICIAN) reads. Every change
 * carries {@code version}, the version of what it edits (the attendance's, or the paragraph's as the last answer
 * gave it; 0 before anything is recorded) and answers the new state. Refusals are RFC 9457 problems with a Swedish
 * {@code detail}: 400 {@code version-required} without a version, 422 for a broken rule (the field in {@code field}), 404 for a meeting or paragraph the caller may
 * not see, 403 for a role that may not act, and 409 when someone else changed it meanwhile, with the current state
 * in {@code current} so that the console can show the other's change.
 */
@RestController
@RequestMapping("/api/v1/meetings/{meetingId}")
@PreAuthorize(MeetingConsoleApi.WRITE)
@Tag(name = "Sammanträde: konsol", description = "Närvaro och tjänstgöring, yrkanden, propositionsordning, "
        + "omröstning, beslut, reservationer och särskilda uttalanden under sammanträdet")
class MeetingConsoleApi {

    static final String WRITE = "hasRole('SECRETARY')";
    static final String READ = "hasAnyRole('SECRETARY', 'POLITICIAN')";
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final String CONFLICT = "409 med det aktuella läget i current";

    private final MeetingConsole console;
    private final MessageSource messages;

    MeetingConsoleApi(MeetingConsole console, MessageSource messages) {
        this.console = console;
        this.messages = messages;
    }

    // ---- requests ------------------------------------------------------------------------------------------

    record VersionRequest(Long version) {
    }

    record AttendanceChangeRequest(Long version, Long personId, AttendanceChange.Movement movement,
            Long fromParagraphId) {

        AttendanceChange change() {
            required(personId, "personId");
            required(movement, "movement");
            return new AttendanceChange(personId, movement, fromParagraphId);
        }
    }

    record RecusalRequest(Long version, Long personId, Long paragraphId) {

        Recusal recusal() {
            required(personId, "personId");
            required(paragraphId, "paragraphId");
            return new Recusal(personId, paragraphId);
        }
    }

    record SubstitutionRequest(Long version, Long substituteId, Long memberId, Long fromParagraphId,
            Long untilParagraphId) {

        Substitution substitution() {
            required(substituteId, "substituteId");
            required(memberId, "memberId");
            return new Substitution(substituteId, memberId, fromParagraphId, untilParagraphId);
        }
    }

    /**
     * A yrkande: {@code movers} and {@code concurrences} (instämmanden) by person id, {@code clauses} the att-satser in
     * order (without number), {@code argument} the text after "att därutöver anföra följande:", {@code reason} of an
     * återremiss (required) or bordläggning.
     */
    record ProposalRequest(Long version, ProposalKind kind, List<Long> movers, List<Long> concurrences,
            List<String> clauses, String argument, String reason) {

        ProposalInput input() {
            return new ProposalInput(kind, movers, concurrences, clauses, argument, reason);
        }
    }

    /** The chair's finding on the question due: {@code finding} TODAY, ADMINISTRATION or PROPOSAL:&lt;number&gt;. */
    record FindingRequest(Long version, QuestionKind kind, String finding) {
    }

    /**
     * Omröstning demanded on question {@code questionNumber} (the latest), by {@code demandedBy} (optional);
     * {@code challenger}: the other side of a kontrapropositionsvotering among more than two; {@code election}: a
     * val, which is refused (not supported).
     */
    record VoteRequest(Long version, Integer questionNumber, Long demandedBy, String challenger, boolean election) {
    }

    record BallotRequest(Long version, Long personId, BallotChoice choice) {
    }

    record PersonRequest(Long version, Long personId) {
    }

    /**
     * The chair's decision: {@code points} the decision points in order (empty: the proposed ones),
     * {@code forwardedTo} "Ärendet överlämnas till ...", {@code immediatelyJustered} the immediate justering as the
     * last point, {@code outcome} only for a standard item (DECIDED or NOTED), {@code reason} overrides the
     * återremiss reason of the winning yrkande.
     */
    record DecisionRequest(Long version, List<String> points, String forwardedTo, boolean immediatelyJustered,
            ParagraphOutcome outcome, String reason) {
    }

    /** A reservation by {@code persons} (ids) in favour of yrkande {@code favour} (its number; empty: none). */
    record DissentRequest(Long version, List<Long> persons, Integer favour, String reasoning) {
    }

    record ReasoningRequest(Long version, String reasoning) {
    }

    record StatementRequest(Long version, List<Long> persons, String text) {
    }

    record TextRequest(Long version, String text) {
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw DomainException.invalid(field, "validation.required");
        }
    }

    private static int number(Integer value, String field) {
        required(value, field);
        return value;
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    @GetMapping("/console")
    @PreAuthorize(READ)
    @Operation(summary = "Sammanträdet i konsolen: paragraferna med versioner, beslutförhet och närvarons version")
    MeetingState meeting(@PathVariable Long meetingId) {
        return console.meetingState(meetingId);
    }

    @GetMapping("/attendance")
    @PreAuthorize(READ)
    @Operation(summary = "Närvaron: nämndens platser, registrerade ankomster, avgångar, jäv och tjänstgöringar, "
            + "och röstlängden för varje paragraf")
    AttendanceState attendance(@PathVariable Long meetingId) {
        return console.attendance(meetingId);
    }

    @GetMapping("/paragraphs/{paragraphId}")
    @PreAuthorize(READ)
    @Operation(summary = "En paragrafs hela behandling: röstlängd, yrkanden, propositionsordning, omröstningar, "
            + "förslag till beslut, reservationer, särskilda uttalanden och protokollets formuleringar")
    ParagraphState paragraph(@PathVariable Long meetingId, @PathVariable Long paragraphId) {
        return console.paragraph(meetingId, paragraphId);
    }

    // ---- attendance -------------------------------------------------------------------------------------------

    @PostMapping("/attendance/changes")
    @Operation(summary = "Ankomst (ARRIVED) eller avgång (LEFT) från och med en paragraf; ankomst utan paragraf: "
            + "från början", responses = @ApiResponse(responseCode = "409", description = CONFLICT,
                    content = @Content(schema = @Schema(implementation = ProblemDetail.class))))
    AttendanceState recordChange(@PathVariable Long meetingId, @RequestBody AttendanceChangeRequest request) {
        return console.recordChange(meetingId, request.version(), request.change());
    }

    @DeleteMapping("/attendance/changes")
    @Operation(summary = "Ta bort en registrerad ankomst eller avgång (rättelse)")
    AttendanceState removeChange(@PathVariable Long meetingId, @RequestBody AttendanceChangeRequest request) {
        return console.removeChange(meetingId, request.version(), request.change());
    }

    @PostMapping("/attendance/recusals")
    @Operation(summary = "Jäv: personen lämnar paragrafen; en ersättare kan tjänstgöra")
    AttendanceState recordRecusal(@PathVariable Long meetingId, @RequestBody RecusalRequest request) {
        return console.recordRecusal(meetingId, request.version(), request.recusal());
    }

    @DeleteMapping("/attendance/recusals")
    @Operation(summary = "Ta bort en registrerad jävsanmälan (rättelse)")
    AttendanceState removeRecusal(@PathVariable Long meetingId, @RequestBody RecusalRequest request) {
        return console.removeRecusal(meetingId, request.version(), request.recusal());
    }

    @PostMapping("/attendance/substitutions")
    @Operation(summary = "En ersättare tjänstgör för en ledamot, från och med en paragraf (tom: från början) till "
            + "och med en (tom: till slutet)", description = "Avvisas när ledamoten är närvarande, när platsen "
                    + "redan har en ersättare eller när ersättaren redan fyller en annan plats.")
    AttendanceState recordSubstitution(@PathVariable Long meetingId, @RequestBody SubstitutionRequest request) {
        return console.recordSubstitution(meetingId, request.version(), request.substitution());
    }

    @DeleteMapping("/attendance/substitutions")
    @Operation(summary = "Ta bort en registrerad tjänstgöring (rättelse)")
    AttendanceState removeSubstitution(@PathVariable Long meetingId, @RequestBody SubstitutionRequest request) {
        return console.removeSubstitution(meetingId, request.version(), request.substitution());
    }

    // ---- yrkanden ---------------------------------------------------------------------------------------------

    @PostMapping("/paragraphs/{paragraphId}/proposals")
    @Operation(summary = "Ett yrkande: av en eller flera tjänstgörande (gemensamt), med instämmanden, art, "
            + "att-satser och text", responses = @ApiResponse(responseCode = "409", description = CONFLICT,
                    content = @Content(schema = @Schema(implementation = ProblemDetail.class))))
    ParagraphState addProposal(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @RequestBody ProposalRequest request) {
        return console.addProposal(meetingId, paragraphId, request.version(), request.input());
    }

    @PutMapping("/paragraphs/{paragraphId}/proposals/{number}")
    @Operation(summary = "Ändra ett yrkande (innan ordföranden ställt proposition)")
    ParagraphState changeProposal(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @PathVariable int number, @RequestBody ProposalRequest request) {
        return console.changeProposal(meetingId, paragraphId, request.version(), number, request.input());
    }

    @PostMapping("/paragraphs/{paragraphId}/proposals/{number}/withdraw")
    @Operation(summary = "Ta tillbaka ett yrkande (innan ordföranden ställt proposition)")
    ParagraphState withdrawProposal(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @PathVariable int number, @RequestBody VersionRequest request) {
        return console.withdrawProposal(meetingId, paragraphId, request.version(), number);
    }

    // ---- propositionsordning and omröstning -------------------------------------------------------------------

    @PostMapping("/paragraphs/{paragraphId}/proposition")
    @Operation(summary = "Ordförandens proposition på frågan som står på tur (DECIDE_TODAY, MAIN, "
            + "COUNTER_PROPOSAL) och vad ordföranden fann (acklamation)")
    ParagraphState recordFinding(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @RequestBody FindingRequest request) {
        return console.recordFinding(meetingId, paragraphId, request.version(), request.kind(), request.finding());
    }

    @PostMapping("/paragraphs/{paragraphId}/proposition/reset")
    @Operation(summary = "Ångra propositionsordningen (med omröstningar) innan beslutet, så att yrkanden kan ändras")
    ParagraphState resetProposition(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @RequestBody VersionRequest request) {
        return console.resetProposition(meetingId, paragraphId, request.version());
    }

    @PostMapping("/paragraphs/{paragraphId}/votes")
    @Operation(summary = "Omröstning begärs om den senast ställda frågan: voteringsproposition Ja = ordförandens "
            + "förslag (huvudförslaget), Nej = motförslaget", description = "Med fler än två förslag utses "
                    + "motförslaget först (COUNTER_PROPOSAL). demandedBy (krävs): den tjänstgörande ledamot som begär "
                    + "omröstning. Val (election) stöds inte och avvisas.")
    ParagraphState demandVote(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @RequestBody VoteRequest request) {
        return console.demandVote(meetingId, paragraphId, request.version(),
                number(request.questionNumber(), "questionNumber"), request.demandedBy(), request.challenger(),
                request.election());
    }

    @PostMapping("/paragraphs/{paragraphId}/votes/{questionNumber}/ballots")
    @Operation(summary = "En tjänstgörandes röst: YES, NO eller ABSTAIN (en var; inte ABSTAIN vid "
            + "myndighetsutövning mot enskild)")
    ParagraphState castBallot(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @PathVariable int questionNumber, @RequestBody BallotRequest request) {
        return console.castBallot(meetingId, paragraphId, request.version(), questionNumber, request.personId(),
                request.choice());
    }

    @PostMapping("/paragraphs/{paragraphId}/votes/{questionNumber}/close")
    @Operation(summary = "Avsluta omröstningen när alla tjänstgörande röstat: rösträkning; vid lika röstetal "
            + "avgör ordförandens röst (utslagsröst)")
    ParagraphState closeVote(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @PathVariable int questionNumber, @RequestBody VersionRequest request) {
        return console.closeVote(meetingId, paragraphId, request.version(), questionNumber);
    }

    @PostMapping("/paragraphs/{paragraphId}/votes/{questionNumber}/cancel")
    @Operation(summary = "Avbryt en pågående omröstning (rösterna stryks)")
    ParagraphState cancelVote(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @PathVariable int questionNumber, @RequestBody VersionRequest request) {
        return console.cancelVote(meetingId, paragraphId, request.version(), questionNumber);
    }

    @PostMapping("/paragraphs/{paragraphId}/not-taking-part")
    @Operation(summary = "En tjänstgörande deltar inte i beslutet (inte vid myndighetsutövning mot enskild)")
    ParagraphState declareNotTakingPart(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @RequestBody PersonRequest request) {
        return console.declareNotTakingPart(meetingId, paragraphId, request.version(), request.personId());
    }

    @DeleteMapping("/paragraphs/{paragraphId}/not-taking-part")
    @Operation(summary = "Ta bort att en tjänstgörande inte deltar i beslutet (rättelse)")
    ParagraphState withdrawNotTakingPart(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @RequestBody PersonRequest request) {
        return console.withdrawNotTakingPart(meetingId, paragraphId, request.version(), request.personId());
    }

    // ---- beslut, reservationer, särskilda uttalanden -------------------------------------------------------------

    @PostMapping("/paragraphs/{paragraphId}/decision")
    @Operation(summary = "Ordförandens beslut: beslutspunkterna (förifyllda från tjänsteutlåtandet eller det "
            + "vinnande yrkandet), överlämnande och omedelbar justering; når ärendets process",
            description = "Avvisas utan beslutförhet, medan en omröstning pågår eller en fråga återstår.")
    ParagraphState decide(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @RequestBody DecisionRequest request) {
        return console.decide(meetingId, paragraphId, request.version(), new DecisionInput(
                request.points() == null || request.points().isEmpty() ? null : request.points(),
                request.forwardedTo(), request.immediatelyJustered(), request.outcome(), request.reason()));
    }

    /** The immediate justering: the version read, and the wording (null: the board's). */
    record ImmediateJusteringRequest(Long version, String wording) {
    }

    @PostMapping("/paragraphs/{paragraphId}/immediate-justering")
    @Operation(summary = "Justera en beslutad paragraf omedelbart, efter reservationer och särskilda uttalanden; "
            + "paragrafen låses och anslås",
            description = "Avvisas (409 minutes-locked) för en paragraf som redan är justerad, (422) för en som "
                    + "inte är beslutad eller när sammanträdet inte pågår.")
    ParagraphState justerImmediately(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @RequestBody(required = false) ImmediateJusteringRequest request) {
        return console.justerImmediately(meetingId, paragraphId, request == null ? null : request.version(),
                request == null ? null : request.wording());
    }

    @PostMapping("/paragraphs/{paragraphId}/dissents")
    @Operation(summary = "Reservation av tjänstgörande som deltog i beslutet och inte stödde det, till förmån för "
            + "ett yrkande; anmäls innan sammanträdet avslutas")
    ParagraphState addDissent(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @RequestBody DissentRequest request) {
        return console.addDissent(meetingId, paragraphId, request.version(), request.persons(), request.favour(),
                request.reasoning());
    }

    @PutMapping("/paragraphs/{paragraphId}/dissents/{number}/reasoning")
    @Operation(summary = "Skriftlig motivering av en reservation, före den tid som bestämts för justering")
    ParagraphState reasonDissent(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @PathVariable int number, @RequestBody ReasoningRequest request) {
        return console.reasonDissent(meetingId, paragraphId, request.version(), number, request.reasoning());
    }

    @PostMapping("/paragraphs/{paragraphId}/statements")
    @Operation(summary = "Särskilt uttalande av närvarande ledamöter eller ersättare, tjänstgörande eller inte")
    ParagraphState addStatement(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @RequestBody StatementRequest request) {
        return console.addStatement(meetingId, paragraphId, request.version(), request.persons(), request.text());
    }

    @PutMapping("/paragraphs/{paragraphId}/statements/{number}")
    @Operation(summary = "Ändra texten i ett särskilt uttalande, före den tid som bestämts för justering")
    ParagraphState changeStatement(@PathVariable Long meetingId, @PathVariable Long paragraphId,
            @PathVariable int number, @RequestBody TextRequest request) {
        return console.changeStatement(meetingId, paragraphId, request.version(), number, request.text());
    }

    // ---- 409 with the current state ------------------------------------------------------------------------------

    /**
     * Someone else changed the paragraph or the attendance meanwhile: a stale {@code version}, or two changes at the
     * same moment (the version-checked update — Spring's or JPA's exception, as the commit or the console's own lock
     * reports it —, a row lock waited on too long, or a unique key both ran into). Answers 409 with the current
     * state in
     * {@code current}, read afresh, so that the console can show the other's change; nothing of this request stands.
     */
    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class,
            OptimisticLockException.class, PessimisticLockException.class, LockTimeoutException.class})
    ProblemDetail conflict(RuntimeException exception, HttpServletRequest request) {
        if (exception instanceof DataIntegrityViolationException integrity && !concurrentGuard(integrity)) {
            throw integrity;
        }
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Long meetingId = variables == null ? null : parse(variables.get("meetingId"));
        Long paragraphId = variables == null ? null : parse(variables.get("paragraphId"));
        String what = paragraphId != null ? "paragrafen" : "närvaron";
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, messages.getMessage(
                "meeting.console.concurrentChange", new Object[] {what}, SWEDISH));
        problem.setType(URI.create("https://namndflode.se/problem/concurrent-change"));
        problem.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
        if (meetingId != null) {
            try {
                problem.setProperty("current", paragraphId != null ? console.paragraph(meetingId, paragraphId)
                        : console.attendance(meetingId));
            } catch (DomainException gone) {
                // The current state cannot be shown (no longer visible): the problem alone says what happened.
            }
        }
        return problem;
    }

    /** The unique keys two console changes at the same moment run into (V22–V24): one handling, one ballot. */
    private static boolean concurrentGuard(DataIntegrityViolationException exception) {
        String message = String.valueOf(exception.getMostSpecificCause().getMessage()).toLowerCase(Locale.ROOT);
        return message.contains("uq_paragraph_handling") || message.contains("uq_ballot_person")
                || message.contains("meeting_attendance") && (message.contains("primary key")
                        || message.contains("pkey"));
    }

    private static Long parse(String value) {
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
