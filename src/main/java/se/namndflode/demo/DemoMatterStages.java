package se.namndflode.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.matter.BoardOutcome;
import se.namndflode.matter.StaffReportForm;
import se.namndflode.matter.StaffReportHeading;
import se.namndflode.matter.StaffReports;
import se.namndflode.organisation.Accounts;
import se.namndflode.registry.DocumentDirection;
import se.namndflode.registry.DocumentForm;
import se.namndflode.registry.DocumentType;
import se.namndflode.registry.FileContent;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;

/**
 * Moves a demo matter along the board-matter process to a given step, the way people would have: the case
 * officer writes and submits the tjänsteutlåtande, the manager and the director approve it (its PDF is
 * registered), the secretary puts it on an agenda, the board decides. A matter for the board's coming decision
 * ({@code AwaitBoardDecision}) is left at the agenda step for the demo meeting to take ({@link DemoMeetingData}).
 */
@Component
class DemoMatterStages {

    /** The steps in the order a matter passes them; a demo matter is moved until it waits in its stage. */
    static final List<String> STAGES = List.of("AssignCaseOfficer", "PrepareStaffReport", "ReviewStaffReport",
            "ApproveForBoard", "PlaceOnAgenda", "AwaitBoardDecision", "AwaitMinutesApproval", "DispatchExtract");
    static final String WRITTEN_OFF = "WrittenOff";
    /**
     * Decided and announced weeks ago (taken over from an earlier register), dispatched: its appeal period has
     * run, and the engine closes it as soon as its job executor runs the due timer.
     */
    static final String CLOSED = "Closed";
    static final int CLOSED_NOTICE_DAYS_AGO = 30;

    private final BoardMatterProcess process;
    private final StaffReports reports;
    private final Registry registry;
    private final Accounts accounts;
    private final Clock clock;

    DemoMatterStages(BoardMatterProcess process, StaffReports reports, Registry registry, Accounts accounts,
            Clock clock) {
        this.process = process;
        this.reports = reports;
        this.registry = registry;
        this.accounts = accounts;
        this.clock = clock;
    }

    void moveTo(Matter matter, String stage) {
        String number = matter.getRegistryNumber().toString();
        String municipality = matter.getMunicipality().getCode();
        if (stage == null || stage.equals("AssignCaseOfficer")) {
            return;
        }
        if (stage.equals(WRITTEN_OFF)) {
            process.writeOff(matter.getId(), "Ärendet har avslutats utan beslut: upphandlingen avbröts innan den annonserades.");
            return;
        }
        boolean closed = stage.equals(CLOSED);
        int target = closed ? STAGES.indexOf("AwaitMinutesApproval") : STAGES.indexOf(stage);
        if (target < 0) {
            throw new IllegalArgumentException("Unknown demo stage " + stage);
        }
        writeReport(matter, target > STAGES.indexOf("PrepareStaffReport"));
        if (target >= STAGES.indexOf("ReviewStaffReport")) {
            reports.submit(matter.getId(), municipality);
            process.completeStep(matter.getId(), "PrepareStaffReport", Map.of());
        }
        if (target >= STAGES.indexOf("ApproveForBoard")) {
            process.completeStep(matter.getId(), "ReviewStaffReport", Map.of("reviewOutcome", "APPROVED"));
        }
        if (target >= STAGES.indexOf("PlaceOnAgenda")) {
            byte[] pdf = reports.approve(matter.getId(), municipality);
            DocumentForm document = new DocumentForm();
            document.setType(DocumentType.STAFF_REPORT);
            document.setDirection(DocumentDirection.INTERNAL);
            document.setTitle("Tjänsteutlåtande - " + matter.getTitle());
            document.setDate(LocalDate.now(clock));
            registry.registerDocument(matter.getId(), document, new FileContent("tjansteutlatande-"
                    + number.replace(' ', '-').replace('/', '-').toLowerCase(java.util.Locale.ROOT) + ".pdf", "application/pdf", pdf));
            process.completeStep(matter.getId(), "ApproveForBoard", Map.of("approvalOutcome", "APPROVED"));
        }
        // A matter for the board's coming decision waits at the agenda step: the demo meeting puts it on its agenda
        // (DemoMeetingData). Matters decided before the demo started were on meetings the demo does not have.
        if (target > STAGES.indexOf("AwaitBoardDecision")) {
            process.completeStep(matter.getId(), "PlaceOnAgenda", Map.of());
        }
        if (target == STAGES.indexOf("AwaitMinutesApproval")) {
            // The closed matter was decided at a meeting two days before its justering was announced.
            process.recordBoardOutcome(matter.getId(), BoardOutcome.DECIDED, null, false,
                    closed ? LocalDate.now(clock).minusDays(CLOSED_NOTICE_DAYS_AGO + 2L) : null, null);
        }
        if (target == STAGES.indexOf("DispatchExtract")) {
            process.recordBoardOutcome(matter.getId(), BoardOutcome.DECIDED, null, true);
            // The notice is published behind a transaction boundary; the demo does not wait for the job executor.
            process.runPendingSteps(matter.getId());
        }
        if (closed) {
            process.recordMinutesApproved(matter.getId(), LocalDate.now(clock).minusDays(CLOSED_NOTICE_DAYS_AGO));
            process.runPendingSteps(matter.getId());
            process.completeStep(matter.getId(), "DispatchExtract", Map.of());
            process.recordDispatched(matter.getId());
        }
    }

    private void writeReport(Matter matter, boolean complete) {
        StaffReportForm form = new StaffReportForm();
        form.setMatterId(matter.getId());
        form.setTitle(matter.getTitle());
        form.setReportDate(LocalDate.now(clock));
        if (complete) {
            form.setDecisionPoints(decisionPoint(matter));
        }
        form.setSummary("Förvaltningen har berett ärendet och lämnar här sitt förslag till beslut. (Demotext: "
                + "den verkliga handlingens innehåll finns inte i demodatan.)");
        form.setAssessment("Förvaltningens bedömning sammanfattas i förslaget till beslut.");
        String caseOfficer = matter.getCaseOfficerId() == null ? "–"
                : accounts.visibleAccount(matter.getCaseOfficerId()).getDisplayName();
        String administration = matter.getBoard().getAdministration() == null ? matter.getBoard().getName()
                : matter.getBoard().getAdministration().getName();
        reports.save(form, new StaffReportHeading(matter.getRegistryNumber().toString(), matter.getBoard().getName(),
                administration, caseOfficer, matter.getMunicipality().getCode()));
    }

    private static String decisionPoint(Matter matter) {
        String board = matter.getBoard().getName();
        if (matter.getKind() == MatterKind.REFERRAL) {
            return board + " godkänner förvaltningens tjänsteutlåtande som svar på remissen.";
        }
        if (matter.getKind() == MatterKind.INQUIRY) {
            return board + " godkänner förvaltningens tjänsteutlåtande som svar på skrivelsen.";
        }
        return board + " godkänner förvaltningens tjänsteutlåtande.";
    }
}
