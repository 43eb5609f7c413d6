package se.namndflode.assignment.overview;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.MovableClock;
import se.namndflode.MunicipalityFixtures;
import se.namndflode.MunicipalityFixtures.TestMunicipality;
import se.namndflode.SignedIn;
import se.namndflode.assignment.Assignment;
import se.namndflode.assignment.AssignmentForm;
import se.namndflode.assignment.Assignments;
import se.namndflode.assignment.Reporting;
import se.namndflode.assignment.Source;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.AdministrationForm;
import se.namndflode.organisation.BoardForm;
import se.namndflode.organisation.BoardKind;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterForm;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * What the overview tests share: a municipality of the test's own with a second board of a second unit, assignments
 * registered through {@link Assignments} and moved by the engine's timers, matters registered through the
 * {@link Registry} (which starts their process), the clock.
 */
abstract class OverviewTestSupport {

    @Autowired
    OrganisationAdmin organisationAdmin;
    @Autowired
    Accounts accountService;
    @Autowired
    Assignments assignments;
    @Autowired
    Registry registry;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    ManagementService management;
    @Autowired
    BoardMatterProcess matterProcess;

    MunicipalityFixtures fixtures() {
        return new MunicipalityFixtures(organisationAdmin, accountService);
    }

    void at(LocalDate day) {
        clock.setInstant(ZonedDateTime.of(day, LocalTime.of(9, 0), WorkingDayCalendar.STOCKHOLM).toInstant());
    }

    <T> T as(TestMunicipality kommun, Role role, java.util.function.Supplier<T> work) {
        return SignedIn.as(fixtures().user(kommun.user(role)), work);
    }

    /** A second board of the municipality, of a second unit (administration) with its own series. */
    Long secondBoard(TestMunicipality kommun) {
        AdministrationForm administration = new AdministrationForm();
        administration.setMunicipalityId(kommun.id());
        administration.setName("Äldreförvaltningen");
        administration.setRegistryPrefix("ALF");
        Long unit = organisationAdmin.saveAdministration(administration).getId();
        BoardForm board = new BoardForm();
        board.setMunicipalityId(kommun.id());
        board.setKind(BoardKind.BOARD);
        board.setName("Äldrenämnden i " + kommun.code());
        board.setAdministrationId(unit);
        board.setMemberCount(9);
        return organisationAdmin.saveBoard(board).getId();
    }

    Assignment assignment(TestMunicipality kommun, Long boardId, String reference, LocalDate start, LocalDate end,
            String responsible) {
        AssignmentForm form = new AssignmentForm();
        form.setBoardId(boardId);
        form.setReference(reference);
        form.setSource(Source.OPERATIONAL_PLAN);
        form.setSourceYear(start.getYear());
        form.setText("Nämnden ska utreda " + reference);
        form.setStartDate(start);
        form.setEndDate(end);
        form.setReporting(Reporting.FOLLOW_UP_REPORT);
        form.setResponsible(responsible);
        return as(kommun, Role.MANAGER, () -> assignments.create(form));
    }

    Matter matter(TestMunicipality kommun, Long boardId, String title, LocalDate answerDue, String caseOfficer) {
        MatterForm form = new MatterForm();
        form.setBoardId(boardId);
        form.setKind(answerDue == null ? MatterKind.REPORT : MatterKind.REFERRAL);
        form.setTitle(title);
        form.setSender("Kommunstyrelsen");
        form.setAnswerDue(answerDue);
        form.setCaseOfficerId(caseOfficer == null ? null : fixtures().user(caseOfficer).getAccountId());
        return as(kommun, Role.REGISTRAR, () -> registry.registerMatter(form));
    }

    /** The matter's tjänsteutlåtande, submitted for review (as the case officer's "skicka till granskning" leaves it). */
    void awaitingReview(Matter matter) {
        jdbc.update("insert into staff_report (matter_id, status, latest_number) values (?, 'SUBMITTED', 1)",
                matter.getId());
    }

    /**
     * The matter's tjänsteutlåtande sent to the manager, as the process has it: submitted, the case officer's step
     * done, the matter waiting in the manager's review (ReviewStaffReport).
     */
    void waitingForTheManager(Matter matter) {
        awaitingReview(matter);
        matterProcess.completeStep(matter.getId(), "PrepareStaffReport", java.util.Map.of());
    }

    /**
     * The matter's tjänsteutlåtande approved by the manager: still submitted (the status changes only when the
     * director approves it for the board), the matter waiting in the director's step (ApproveForBoard).
     */
    void waitingForTheDirector(Matter matter) {
        waitingForTheManager(matter);
        matterProcess.completeStep(matter.getId(), "ReviewStaffReport", java.util.Map.of("reviewOutcome", "APPROVED"));
    }

    /** Runs the assignment's due jobs (its timers, by the engine's clock), as the job executor would. */
    void runDueJobs(Assignment assignment) {
        for (int round = 0; round < 20; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(assignment.getProcessInstanceId())
                    .executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> {
                if (management.createJobQuery().jobId(job.getId()).count() == 1) {
                    management.executeJob(job.getId());
                }
            });
        }
    }
}
