package se.namndflode.matter;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import se.namndflode.registry.Matter;
import se.namndflode.shared.web.DomainException;
import se.namndflode.shared.web.FormSubmission;

/**
 * The tjänsteutlåtande of a matter: the editor (the matter's case officer or a manager write; other staff
 * read), its versions, and each version as HTML and PDF.
 */
@Controller
@RequestMapping("/arenden/{number}/tjansteutlatande")
@PreAuthorize(MatterRoles.STAFF)
class StaffReportPages {

    static final String VIEW = "matter/staff-report";

    private final VisibleMatters matters;
    private final StaffReports reports;
    private final StaffReportNotes notes;
    private final StaffReportReview review;
    private final StaffReportSubmission submission;
    private final BoardMatterProcess process;
    private final Clock clock;

    StaffReportPages(VisibleMatters matters, StaffReports reports, StaffReportNotes notes, StaffReportReview review,
            StaffReportSubmission submission, BoardMatterProcess process, Clock clock) {
        this.matters = matters;
        this.reports = reports;
        this.notes = notes;
        this.review = review;
        this.submission = submission;
        this.process = process;
        this.clock = clock;
    }

    @GetMapping
    String show(@PathVariable String number, Model model) {
        Matter matter = matters.matter(number);
        StaffReport report = reports.find(matter.getId()).orElse(null);
        StaffReportForm form;
        if (report == null) {
            form = new StaffReportForm();
            form.setMatterId(matter.getId());
            form.setTitle(matter.getTitle());
            form.setReportDate(LocalDate.now(clock));
        } else {
            form = StaffReportForm.of(report);
        }
        model.addAttribute("form", form);
        addPage(matter, report, model);
        addReview(report, model);
        return VIEW;
    }

    /**
     * "Skicka för granskning" on the editor: saves what it shows (if changed) and sends it to the manager, as the
     * case officer's task does. Refused (on the form) without the task, or without decision points.
     */
    @PostMapping("/skicka")
    String submit(@PathVariable String number, @Valid @ModelAttribute("form") StaffReportForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Matter matter = matters.matter(number);
        if (!VisibleMatters.mayEditStaffReport(matter)) {
            throw new AccessDeniedException("Only the case officer or a manager writes the staff report");
        }
        form.setMatterId(matter.getId());
        addPage(matter, reports.find(matter.getId()).orElse(null), model);
        return FormSubmission.submit(result, VIEW, () -> submission.saveAndSubmit(matter, form,
                matters.heading(matter)), submitted -> {
                    redirect.addFlashAttribute("saved", "version " + submitted.getCurrent().getNumber());
                    redirect.addFlashAttribute("submitted", true);
                    redirect.addAttribute("number", matter.getUrlNumber());
                    return "redirect:/arenden/{number}/tjansteutlatande";
                });
    }

    /**
     * For a reviewer while the report is under review: which version, what changed since the version they last
     * looked at (or the one sent before), and the earlier reviews. Their look at this version is then recorded.
     */
    private void addReview(StaffReport report, Model model) {
        if (report == null || report.getStatus() != StaffReportStatus.SUBMITTED || !StaffReportReview.isReviewer()) {
            return;
        }
        StaffReportVersion current = report.getCurrent();
        model.addAttribute("reviewing", current);
        review.baseline(report).flatMap(n -> report.getVersions().stream().filter(v -> v.getNumber() == n)
                .findFirst()).ifPresent(before -> {
                    model.addAttribute("baseline", before);
                    model.addAttribute("diff", StaffReportReview.diff(before, current));
                });
        model.addAttribute("earlierReviews", review.earlierReviews(report.getMatterId()));
        review.seen(report);
    }

    @PostMapping
    String save(@PathVariable String number, @Valid @ModelAttribute("form") StaffReportForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Matter matter = matters.matter(number);
        if (!VisibleMatters.mayEditStaffReport(matter)) {
            throw new AccessDeniedException("Only the case officer or a manager writes the staff report");
        }
        form.setMatterId(matter.getId());
        addPage(matter, reports.find(matter.getId()).orElse(null), model);
        return FormSubmission.submit(result, VIEW, () -> reports.save(form, matters.heading(matter)), saved -> {
            redirect.addFlashAttribute("saved", "version " + saved.getNumber());
            redirect.addAttribute("number", matter.getUrlNumber());
            return "redirect:/arenden/{number}/tjansteutlatande";
        });
    }

    @GetMapping("/version/{n:\\d+}")
    ResponseEntity<String> html(@PathVariable String number, @PathVariable int n) {
        // The document's print styles are inline (one template for page and PDF); it needs no script at all.
        return ResponseEntity.ok().contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; "
                        + "base-uri 'none'; form-action 'none'; frame-ancestors 'self'")
                .body(reports.html(version(number, n)));
    }

    @GetMapping("/version/{n:\\d+}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String number, @PathVariable int n) {
        Matter matter = matters.matter(number);
        StaffReportVersion version = version(matter, n);
        String fileName = "Tjansteutlatande " + matter.getRegistryNumber().toUrl() + " version " + n + ".pdf";
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build()
                        .toString())
                .body(reports.pdf(version));
    }

    private StaffReportVersion version(String number, int n) {
        return version(matters.matter(number), n);
    }

    private StaffReportVersion version(Matter matter, int n) {
        return reports.find(matter.getId()).flatMap(report -> report.getVersions().stream()
                .filter(version -> version.getNumber() == n).findFirst())
                .orElseThrow(() -> DomainException.notFound("notFound.staffReportVersion"));
    }

    private void addPage(Matter matter, StaffReport report, Model model) {
        model.addAttribute("matter", matter);
        model.addAttribute("report", report);
        model.addAttribute("statusKey", statusKey(matter, report));
        List<StaffReportVersion> versions = new ArrayList<>(report == null ? List.of() : report.getVersions());
        Collections.reverse(versions);
        model.addAttribute("versions", versions);
        boolean mayEdit = VisibleMatters.mayEditStaffReport(matter);
        model.addAttribute("mayEdit", mayEdit);
        // Only a draft is edited: with the reviewer or approved it is shown as text, not as a form.
        boolean editable = mayEdit && (report == null || report.getStatus() == StaffReportStatus.DRAFT);
        model.addAttribute("editable", editable);
        model.addAttribute("maySubmit", editable && submission.holdsPreparation(matter.getId()));
        model.addAttribute("current", report == null ? null : report.getCurrent());
        model.addAttribute("notes", notes.notes(matter.getId()));
    }

    /**
     * The report's status as its reader needs it. A report sent for review stays "submitted" through the manager's
     * review and, once the manager has approved it, the director's approval for the board: which of the two people
     * has it is the process's step, not the report's status.
     */
    private String statusKey(Matter matter, StaffReport report) {
        if (report == null) {
            return "staffReport.status.NEW";
        }
        if (report.getStatus() == StaffReportStatus.SUBMITTED
                && process.waitingIn(matter.getId()).contains("ApproveForBoard")) {
            return "staffReport.status.SUBMITTED.approval";
        }
        return report.getStatus().messageKey();
    }
}
