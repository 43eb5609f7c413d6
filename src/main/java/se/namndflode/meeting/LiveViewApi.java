package se.namndflode.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.namndflode.meeting.LiveView.LiveState;

/**
 * The members' live view as JSON (issue 7): {@code GET .../live?revision=N} answers 204 when the meeting's live
 * revision is still N, else 200 with the whole state (its {@code revision} to ask with next time); screens ask
 * every second. Nothing is held between requests, so any node of several answers alike. The secretary's console
 * takes up a paragraph with {@code PUT .../live/current}. Refusals are RFC 9457 problems with a Swedish
 * {@code detail}: 404 for a meeting or paragraph of another municipality or meeting, 403 for a politician without
 * a seat in the board on the meeting's day (and for other roles), 422 when the meeting is not in session.
 */
@RestController
@RequestMapping("/api/v1/meetings/{meetingId}/live")
@PreAuthorize(MeetingConsoleApi.READ)
@Tag(name = "Sammanträde: direkt", description = "Ledamöternas vy under sammanträdet: aktuell paragraf, yrkanden, "
        + "proposition, omröstning och beslut, uppdaterad med live-revisionen")
class LiveViewApi {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final LiveView live;
    private final MessageSource messages;

    LiveViewApi(LiveView live, MessageSource messages) {
        this.live = live;
        this.messages = messages;
    }

    /** The paragraph the secretary takes up: what the live view shows as current. */
    record TakeUpRequest(Long paragraphId) {
    }

    @GetMapping
    @Operation(summary = "Sammanträdet som ledamöterna följer det: aktuell paragraf med yrkanden, proposition, "
            + "omröstning och beslut", description = "Med revision: 204 utan innehåll när inget har ändrats sedan "
                    + "den revisionen, annars 200 med läget och dess revision. Fråga igen varje sekund.",
            responses = {@ApiResponse(responseCode = "200", description = "Läget har ändrats (eller ingen revision "
                    + "angavs)"), @ApiResponse(responseCode = "204", description = "Inget nytt sedan revisionen")})
    ResponseEntity<LiveState> live(@PathVariable Long meetingId,
            @Parameter(description = "Den live-revision som skärmen visar") @RequestParam(required = false)
            Long revision) {
        return live.since(meetingId, revision)
                .map(state -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(state))
                .orElseGet(() -> ResponseEntity.noContent().cacheControl(CacheControl.noStore()).build());
    }

    @PutMapping("/current")
    @PreAuthorize(MeetingConsoleApi.WRITE)
    @Operation(summary = "Sekreteraren tar upp en paragraf: ledamöternas vy visar den som aktuell",
            responses = @ApiResponse(responseCode = "409", description = "Samtidig ändring av sammanträdet",
                    content = @Content(schema = @Schema(implementation = ProblemDetail.class))))
    LiveState takeUp(@PathVariable Long meetingId, @RequestBody TakeUpRequest request) {
        return live.takeUp(meetingId, request == null ? null : request.paragraphId());
    }

    /** Two secretaries taking up a paragraph of a meeting for the first time at once: the second one meets the key. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail conflict(DataIntegrityViolationException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("problem.concurrent-change", null, SWEDISH));
        problem.setType(URI.create("https://namndflode.se/problem/concurrent-change"));
        problem.setTitle(HttpStatus.CONFLICT.getReasonPhrase());
        return problem;
    }
}
