package se.namndflode.followup;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.namndflode.goal.AssessmentForm;
import se.namndflode.goal.CompiledReport;
import se.namndflode.goal.OutcomeForm;
import se.namndflode.goal.ReportModel;
import se.namndflode.shared.web.AuthorizeSubject;

/**
 * Follow-ups, their progress, the owners' outcomes and the officials' assessments through them, and the compiled
 * report as JSON, HTML or PDF/A, with the same roles and rules as the pages. Refusals are RFC 9457 problems with a
 * Swedish {@code detail}: 400 for a body that does not bind or validate, 403 for a role not allowed (checked before
 * the body is read), 404 for another municipality's follow-up, 409 for a follow-up already started, an assessment
 * before its goal's task is open, a locked period or a stale {@code version}, 422 for a broken rule (with its
 * {@code field}). An outcome or assessment under a follow-up is of the follow-up's period: its {@code periodCode}
 * may be left out, and when given must be the follow-up's (else 422 on {@code periodCode}).
 */
@RestController
@RequestMapping("/api/v1/follow-ups")
@Tag(name = "Uppföljning", description = "Uppföljning per nämnd och period (T1, T2, verksamhetsberättelse): utfall, "
        + "bedömningar nedifrån, rapporten och nämndärendet")
class FollowUpApi {

    record FollowUpView(Long id, String municipality, Long boardId, String board, int planYear, String periodCode,
            LocalDate deadline, FollowUpState state, String startedBy, OffsetDateTime startedAt, String reportTitle,
            Long matterId, String registryNumber, LocalDate endedOn, long version) {

        static FollowUpView of(FollowUp followUp) {
            return new FollowUpView(followUp.getId(), followUp.getMunicipalityCode(), followUp.getBoard().getId(),
                    followUp.getBoard().getName(), followUp.getPlanYear(), followUp.getPeriodCode(),
                    followUp.getDeadline(), followUp.getState(), followUp.getStartedBy(), followUp.getStartedAt(),
                    followUp.getReportTitle(), followUp.getMatterId(), followUp.getRegistryNumber(),
                    followUp.getEndedOn(), followUp.getVersion());
        }
    }

    record Decided(Long goalId, String periodCode, String rating, String justification, boolean deviates,
            long version) {
    }

    record Recorded(Long indicatorId, String periodCode, boolean measured, long version) {
    }

    private final FollowUps followUps;

    FollowUpApi(FollowUps followUps) {
        this.followUps = followUps;
    }

    @GetMapping
    @PreAuthorize(FollowUpRoles.READ)
    @Operation(summary = "Användarens kommuners uppföljningar, senast startade först")
    List<FollowUpView> list() {
        return followUps.followUps().stream().map(FollowUpView::of).toList();
    }

    @PostMapping
    @PreAuthorize(FollowUpRoles.MANAGE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Starta uppföljningen av en nämnds mål för en period (chef); en per nämnd och period")
    FollowUps.Progress start(@Valid @RequestBody FollowUpForm form) {
        return followUps.progress(followUps.start(form).getId());
    }

    @GetMapping("/{id}")
    @PreAuthorize(FollowUpRoles.READ)
    @Operation(summary = "Uppföljningens läge: utfallsansvariga och saknade utfall, målen med förslag och "
            + "bedömning, uppdragen, rapporten och ärendet, öppna uppgifter")
    FollowUps.Progress progress(@PathVariable Long id) {
        return followUps.progress(id);
    }

    @GetMapping("/{id}/goals/{goalId}")
    @PreAuthorize(FollowUpRoles.READ)
    @Operation(summary = "Ett måls bedömningsunderlag: förslaget med förklaring, delmålens beslutade bedömningar, "
            + "indikatorernas utfall och förslag till motivering")
    FollowUps.AssessmentView assessment(@PathVariable Long id, @PathVariable Long goalId) {
        return followUps.assessment(id, goalId);
    }

    @PostMapping("/{id}/outcomes")
    @PreAuthorize(FollowUpRoles.WORK)
    @Operation(summary = "Lämna en indikators utfall (och prognos) för uppföljningens period",
            description = "Perioden är uppföljningens: periodCode behöver inte anges. Anges den måste den vara "
                    + "uppföljningens period, annars 422 med field periodCode.")
    @AuthorizeSubject("@followUps.followUp(#id)")
    Recorded recordOutcome(@PathVariable Long id, @Valid @RequestBody OutcomeForm form) {
        var outcome = followUps.recordOutcome(id, form);
        return new Recorded(outcome.getIndicator().getId(), outcome.getPeriod().getCode(), outcome.isMeasured(),
                outcome.getVersion());
    }

    @PostMapping("/{id}/assessments")
    @PreAuthorize(FollowUpRoles.WORK)
    @Operation(summary = "Bedöm ett mål; öppnas först när delmålen (nivån under) är bedömda",
            description = "Bedömningen gäller uppföljningens period: periodCode behöver inte anges. Anges den måste "
                    + "den vara uppföljningens period, annars 422 med field periodCode.")
    @AuthorizeSubject("@followUps.followUp(#id)")
    Decided assess(@PathVariable Long id, @Valid @RequestBody AssessmentForm form) {
        var assessment = followUps.assess(id, form);
        return new Decided(assessment.getGoal().getId(), assessment.getPeriod().getCode(), assessment.getRating(),
                assessment.getJustification(), assessment.isDeviates(), assessment.getVersion());
    }

    @PostMapping("/{id}/continue-without-missing")
    @PreAuthorize(FollowUpRoles.MANAGE)
    @Operation(summary = "Efter sista dag: gå vidare till bedömningen trots saknade utfall (chef); version är den lästa")
    FollowUps.Progress continueWithoutMissing(@PathVariable Long id, @RequestParam long version) {
        return followUps.progress(followUps.continueWithoutMissing(id, version).getId());
    }

    @GetMapping(value = "/{id}/report", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(FollowUpRoles.READ)
    @Operation(summary = "Rapporten som data (mål, bedömning, motivering, indikatorer, aktiviteter)")
    ReportModel report(@PathVariable Long id) {
        return followUps.reportModel(id);
    }

    @GetMapping(value = "/{id}/report.html", produces = MediaType.TEXT_HTML_VALUE)
    @PreAuthorize(FollowUpRoles.READ)
    @Operation(summary = "Rapporten som HTML-dokument")
    ResponseEntity<String> reportHtml(@PathVariable Long id) {
        CompiledReport report = followUps.report(id);
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(report.html());
    }

    @GetMapping(value = "/{id}/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @PreAuthorize(FollowUpRoles.READ)
    @Operation(summary = "Rapporten som PDF/A")
    ResponseEntity<byte[]> reportPdf(@PathVariable Long id) {
        CompiledReport report = followUps.report(id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(report.title() + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(report.pdf());
    }
}
