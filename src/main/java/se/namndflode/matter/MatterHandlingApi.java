package se.namndflode.matter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import se.namndflode.registry.Matter;
import se.namndflode.shared.web.DomainException;

/**
 * A matter's handling as JSON: where it stands and the write-off. The board's handling is recorded at the meeting
 * ({@code /api/v1/meetings/...}) and the justering through the minutes ({@code /api/v1/meetings/{id}/minutes/...}:
 * signatures, then the notice, which tells each decided matter the day of posting); there is no justering of a single
 * matter here (issue 8: the interim justering form goes). Refusals are RFC 9457 problems.
 */
@RestController
@RequestMapping("/api/v1/matters/{number}")
@PreAuthorize(MatterRoles.STAFF)
@Tag(name = "Handläggning", description = "Var ett ärende står i handläggningen och nämndens behandling")
class MatterHandlingApi {

    private final VisibleMatters matters;
    private final BoardMatterProcess process;

    MatterHandlingApi(VisibleMatters matters, BoardMatterProcess process) {
        this.matters = matters;
        this.process = process;
    }

    record ProgressView(String registryNumber, List<String> waitingIn, LocalDate registeredOn, LocalDate answerDue,
            LocalDate reminderDue, OffsetDateTime remindedAt, boolean overdue, LocalDate overdueSince,
            LocalDate meetingDate, boolean lateMeeting, String lateMeetingReason, BoardOutcome boardOutcome,
            LocalDate decidedOn, String referBackReason, LocalDate noticePublishedOn, LocalDate appealPeriodEnds,
            LocalDate legalForceOn, OffsetDateTime dispatchedAt, OffsetDateTime closedAt, OffsetDateTime writtenOffAt,
            String writeOffReason) {

        static ProgressView of(MatterProgress progress, List<String> waitingIn) {
            return new ProgressView(progress.getRegistryNumber(), waitingIn, progress.getRegisteredOn(),
                    progress.getAnswerDue(), progress.getReminderDue(), progress.getRemindedAt(), progress.isOverdue(),
                    progress.getOverdueSince(), progress.getMeetingDate(), progress.isLateMeeting(),
                    progress.getLateMeetingReason(), progress.getBoardOutcome(), progress.getDecidedOn(),
                    progress.getReferBackReason(), progress.getNoticePublishedOn(), progress.getAppealPeriodEnds(),
                    progress.getLegalForceOn(), progress.getDispatchedAt(), progress.getClosedAt(),
                    progress.getWrittenOffAt(), progress.getWriteOffReason());
        }
    }

    record WriteOffRequest(String reason) {
    }

    @GetMapping("/progress")
    @Operation(summary = "Var ärendet står i handläggningen: frister, nämndens utfall, anslag, laga kraft")
    ProgressView progress(@PathVariable String number) {
        return view(matters.matter(number));
    }

    @PostMapping("/write-off")
    @PreAuthorize(MatterRoles.MANAGER)
    @Operation(summary = "Skriv av ärendet, med skäl")
    ProgressView writeOff(@PathVariable String number, @RequestBody WriteOffRequest request) {
        Matter matter = matters.matter(number);
        process.writeOff(matter.getId(), request.reason());
        return view(matter);
    }

    private ProgressView view(Matter matter) {
        String number = matter.getRegistryNumber().toString();
        MatterProgress progress = process.progress(matter.getId())
                .orElseThrow(() -> DomainException.notFound("notFound.matter"));
        return ProgressView.of(progress, process.waitingIn(matter.getId()));
    }
}
