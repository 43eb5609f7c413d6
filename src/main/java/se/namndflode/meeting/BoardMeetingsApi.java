package se.namndflode.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A board's coming planned meetings as JSON: what "Anmäl till sammanträde" ({@code POST
 * /api/v1/tasks/{id}/complete} with {@code meetingId}) may choose. A board of another municipality is a 404
 * problem.
 */
@RestController
@RequestMapping("/api/v1/boards/{boardId}/meetings")
@PreAuthorize(MeetingRoles.READERS)
@Tag(name = "Sammanträden", description = "Nämndernas sammanträden")
class BoardMeetingsApi {

    private final Meetings meetings;
    private final MeetingAccess access;

    BoardMeetingsApi(Meetings meetings, MeetingAccess access) {
        this.meetings = meetings;
        this.access = access;
    }

    /** One meeting as the list shows it. */
    record MeetingSummary(Long id, Long boardId, LocalDate day, LocalTime startsAt, String place, String status) {

        static MeetingSummary of(Meeting meeting) {
            return new MeetingSummary(meeting.getId(), meeting.getBoard().getId(), meeting.getDay(),
                    meeting.getStartsAt(), meeting.getPlace(), meeting.getStatus().name());
        }
    }

    @GetMapping
    @Operation(summary = "Nämndens kommande planerade sammanträden (föredragningslistan ännu inte fastställd), "
            + "de som ett ärende kan anmälas till")
    List<MeetingSummary> coming(@PathVariable Long boardId) {
        java.util.Set<Long> readable = access.readableBoards();
        if (readable != null && !readable.contains(boardId)) {
            throw se.namndflode.shared.web.DomainException.notFound("notFound.board");
        }
        return meetings.comingMeetings(boardId).stream().map(MeetingSummary::of).toList();
    }
}
