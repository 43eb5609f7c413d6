package se.namndflode.matter;

import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.registry.Matter;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.web.DomainException;

/**
 * "Skicka för granskning" from the editor: the case officer who holds the matter's "Skriv tjänsteutlåtande" saves
 * what the editor shows (a new version only when it differs from the latest) and hands it to the manager, in one
 * transaction — the same step, rules and audit as completing the task from the task list: a report without
 * decision points is refused and nothing is saved or moved.
 */
@Service
class StaffReportSubmission {

    static final String STEP = "PrepareStaffReport";

    private final StaffReports reports;
    private final BoardMatterProcess process;
    private final AuditLog audit;

    StaffReportSubmission(StaffReports reports, BoardMatterProcess process, AuditLog audit) {
        this.reports = reports;
        this.process = process;
        this.audit = audit;
    }

    /** Whether the signed-in user holds the matter's "Skriv tjänsteutlåtande" (so may send it from the editor). */
    @Transactional(readOnly = true)
    public boolean holdsPreparation(Long matterId) {
        String username = CurrentUser.require().getUsername();
        return process.openSteps(matterId).stream()
                .anyMatch(step -> STEP.equals(step.activityId()) && username.equals(step.assignee()));
    }

    @Transactional
    public StaffReport saveAndSubmit(Matter matter, StaffReportForm form, StaffReportHeading heading) {
        if (!holdsPreparation(matter.getId())) {
            throw DomainException.invalid(null, "staffReport.submit.notHeld");
        }
        StaffReport report = reports.find(matter.getId()).orElse(null);
        if (report == null || !form.sameAs(report.getCurrent())) {
            reports.save(form, heading);
        }
        StaffReport submitted = reports.submit(matter.getId(), heading.municipalityCode());
        process.completeStep(matter.getId(), STEP, Map.of());
        audit.record("TASK_COMPLETED", BoardMatterSteps.ENTITY, matter.getId(), heading.municipalityCode(),
                "Uppgift slutförd: Skriv tjänsteutlåtande (" + matter.getRegistryNumber() + ")", null);
        return submitted;
    }
}
