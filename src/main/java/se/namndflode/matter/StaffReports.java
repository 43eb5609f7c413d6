package se.namndflode.matter;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.audit.Changes;
import se.namndflode.shared.web.DomainException;
import se.namndflode.shared.web.TextLimits;

/**
 * Tjänsteutlåtanden: written and saved in versions by the case officer, submitted for review, returned or
 * approved; once approved for the board the text is frozen and rendered to PDF for the registry.
 */
@Service
@Transactional
public class StaffReports {

    static final String ENTITY = se.namndflode.registry.Registry.STAFF_REPORT;
    /**
     * The unique keys that two saves at the same moment run into: one report per matter, one version per
     * number (V6__staff_report.sql).
     */
    private static final List<String> CONCURRENT_SAVE_GUARDS = List.of("uq_staff_report_matter",
            "uq_staff_report_version");

    private final StaffReportRepository reports;
    private final MatterProgressRepository progress;
    private final StaffReportDocument document;
    private final AuditLog audit;
    private final Clock clock;
    private final StaffReportReview review;

    StaffReports(StaffReportRepository reports, MatterProgressRepository progress, StaffReportDocument document,
            AuditLog audit, Clock clock, StaffReportReview review) {
        this.review = review;
        this.reports = reports;
        this.progress = progress;
        this.document = document;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<StaffReport> find(Long matterId) {
        return reports.findByMatterId(matterId);
    }

    /**
     * The version the signed-in reviewer's diff on the tjänsteutlåtande page starts from (the one they last looked
     * at, else the one sent for review before the current); empty without a report or for its first version sent.
     */
    @Transactional(readOnly = true)
    public Optional<Integer> reviewBaseline(Long matterId) {
        return find(matterId).flatMap(review::baseline);
    }

    /**
     * Saves the form as a new version. Refused once the report is with the manager or approved, and when its date
     * is before the matter's registration or more than a year ahead ({@link MatterTimeline#reportDate}). A form
     * opened before another save, or saved at the same moment as another from the same version (both would add
     * the same version number, or both the matter's first report), is refused as a concurrent change
     * ({@link ObjectOptimisticLockingFailureException}, 409): the other save stands.
     */
    public StaffReportVersion save(StaffReportForm form, StaffReportHeading heading) {
        try {
            StaffReportVersion saved = addVersion(form, heading);
            // Written now, inside this method, so that a save at the same moment collides here and is told so.
            reports.flush();
            return saved;
        } catch (DataIntegrityViolationException collision) {
            if (violates(collision, CONCURRENT_SAVE_GUARDS)) {
                throw new ObjectOptimisticLockingFailureException(StaffReport.class, form.getMatterId(), collision);
            }
            throw collision;
        }
    }

    private StaffReportVersion addVersion(StaffReportForm form, StaffReportHeading heading) {
        LocalDate today = LocalDate.now(clock);
        progress.findById(form.getMatterId()).map(matter -> MatterTimeline.of(matter, today))
                .orElseGet(() -> MatterTimeline.registered(today, null, null)).reportDate(form.getReportDate());
        StaffReport report = reports.findByMatterId(form.getMatterId()).orElse(null);
        if (report == null) {
            report = reports.save(new StaffReport(form.getMatterId()));
        } else if (form.getVersion() == null || report.getVersion() != form.getVersion()) {
            throw new ObjectOptimisticLockingFailureException(StaffReport.class, report.getId());
        }
        if (report.isFrozen()) {
            throw DomainException.invalid(null, "staffReport.frozen");
        }
        if (report.getStatus() == StaffReportStatus.SUBMITTED) {
            throw DomainException.invalid(null, "staffReport.withReviewer");
        }
        for (String point : form.decisionPointList()) {
            TextLimits.requireAtMost(point, TextLimits.DECISION_POINT, "decisionPoints");
        }
        for (String attachment : form.attachmentList()) {
            TextLimits.requireAtMost(attachment, TextLimits.ATTACHMENT_LINE, "attachments");
        }
        TextLimits.requireAtMost(form.getTitle().trim(), TextLimits.TITLE, "title");
        StaffReportVersion previous = report.getCurrent();
        StaffReportVersion saved = report.addVersion(new StaffReportVersion.Content(form.getTitle().trim(),
                heading.registryNumber(), heading.boardName(), heading.administration(), heading.caseOfficerName(),
                form.getReportDate(), form.decisionPointList(), form.getSummary().trim(),
                blankToNull(form.getBackground()), blankToNull(form.getAssessment()), form.attachmentList()),
                OffsetDateTime.now(clock), AuditLog.currentActorName());
        audit.record(previous == null ? "CREATED" : "UPDATED", ENTITY, form.getMatterId(),
                heading.municipalityCode(), "Tjänsteutlåtande sparat, version " + saved.getNumber(),
                changes(previous, saved));
        return saved;
    }

    /** The case officer hands the report to the manager. A report needs decision points to be reviewed. */
    public StaffReport submit(Long matterId, String municipalityCode) {
        StaffReport report = existing(matterId);
        if (report.getStatus() != StaffReportStatus.DRAFT) {
            throw DomainException.invalid(null, "staffReport.notDraft");
        }
        requireDecisionPoints(report);
        report.submit();
        audit.record("SUBMITTED", ENTITY, matterId, municipalityCode,
                "Tjänsteutlåtande version " + report.getCurrent().getNumber() + " skickat för granskning", null);
        return report;
    }

    /**
     * The manager ({@link StaffReport.ReturnedFrom#REVIEW}) or the director ({@link StaffReport.ReturnedFrom#APPROVAL})
     * sends the report back, with a comment that the case officer sees on the task and beside the editor.
     */
    public StaffReport returnForRevision(Long matterId, StaffReport.ReturnedFrom from, String comment,
            String municipalityCode) {
        if (comment == null || comment.isBlank()) {
            throw DomainException.invalid("comment", "staffReport.returnComment.required");
        }
        TextLimits.requireAtMost(comment.trim(), TextLimits.REASON, "comment");
        StaffReport report = existing(matterId);
        if (report.isFrozen()) {
            throw DomainException.invalid(null, "staffReport.frozen");
        }
        report.returnToDraft(from, comment.trim(), OffsetDateTime.now(clock), AuditLog.currentActorName());
        audit.record("RETURNED", ENTITY, matterId, municipalityCode, "Tjänsteutlåtandet åter till handläggaren",
                "kommentar: " + comment.trim());
        return report;
    }

    /**
     * Återremiss: the board sent the matter back for more preparation. The version approved for the board is
     * kept unchanged; a copy becomes the new draft, with the board's reason for the case officer. A matter
     * without a staff report (none was written) has nothing to reopen.
     */
    public void reopenAfterReferral(Long matterId, String reason, String municipalityCode) {
        StaffReport report = reports.findByMatterId(matterId).orElse(null);
        if (report == null) {
            return;
        }
        Integer approved = report.getApprovedNumber();
        StaffReportVersion draft = report.reopenAfterReferral(reason, OffsetDateTime.now(clock),
                AuditLog.currentActorName());
        audit.record("REOPENED", ENTITY, matterId, municipalityCode, "Tjänsteutlåtandet öppnat efter återremiss: "
                + "version " + draft.getNumber() + " är ett nytt utkast" + (approved == null ? ""
                        : "; version " + approved + " (godkänd för nämnden) är kvar oförändrad"), null);
    }

    /** Approval for the board: the current version is frozen; returns it, rendered as PDF. */
    public byte[] approve(Long matterId, String municipalityCode) {
        StaffReport report = existing(matterId);
        if (report.isFrozen()) {
            throw DomainException.invalid(null, "staffReport.frozen");
        }
        requireDecisionPoints(report);
        report.approve(OffsetDateTime.now(clock), AuditLog.currentActorName());
        audit.record("APPROVED", ENTITY, matterId, municipalityCode,
                "Tjänsteutlåtande version " + report.getCurrent().getNumber() + " godkänt för nämnden", null);
        return document.pdf(report.getCurrent());
    }

    @Transactional(readOnly = true)
    public String html(StaffReportVersion version) {
        return document.html(version);
    }

    @Transactional(readOnly = true)
    public byte[] pdf(StaffReportVersion version) {
        return document.pdf(version);
    }

    private StaffReport existing(Long matterId) {
        return reports.findByMatterId(matterId)
                .orElseThrow(() -> DomainException.invalid(null, "staffReport.missing"));
    }

    private static void requireDecisionPoints(StaffReport report) {
        if (report.getCurrent() == null || report.getCurrent().getDecisionPoints().isEmpty()) {
            throw DomainException.invalid("decisionPoints", "staffReport.decisionPoints.required");
        }
    }

    private static String changes(StaffReportVersion before, StaffReportVersion after) {
        StaffReportVersion.Content old = before == null ? null : before.content();
        StaffReportVersion.Content now = after.content();
        return Changes.start()
                .field("rubrik", old == null ? null : old.title(), now.title())
                .field("förslag till beslut", old == null ? null : numbered(old.decisionPoints()),
                        numbered(now.decisionPoints()))
                .field("datum", old == null ? null : old.reportDate(), now.reportDate())
                .toString();
    }

    private static String numbered(List<String> points) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            text.append(i == 0 ? "" : " ").append(i + 1).append(". ").append(points.get(i));
        }
        return text.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    /**
     * Whether the violation is of one of these unique constraints (by name, as the database reports it: H2 names
     * the index, e.g. {@code UQ_STAFF_REPORT_VERSION_INDEX_4}); any other violation is a fault, not a race.
     */
    private static boolean violates(DataIntegrityViolationException violation, List<String> constraints) {
        for (Throwable cause = violation; cause != null; cause = cause.getCause()) {
            String name = cause instanceof ConstraintViolationException constraint
                    ? constraint.getConstraintName() : null;
            String text = ((name == null ? "" : name) + " " + cause.getMessage()).toLowerCase(Locale.ROOT);
            if (constraints.stream().anyMatch(text::contains)) {
                return true;
            }
        }
        return false;
    }
}
