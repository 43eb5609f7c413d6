package se.namndflode.assignment;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.EngineJobs;
import se.namndflode.MovableClock;
import se.namndflode.MunicipalityFixtures;
import se.namndflode.MunicipalityFixtures.TestMunicipality;
import se.namndflode.SignedIn;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * What the assignment tests share: a municipality of each test's own (a board, one account per role, the standard
 * relation types), forms, acting as a role, the movable clock (set back after each test) and the engine's due jobs,
 * and counting a municipality's rows and audit events.
 */
abstract class AssignmentTestSupport {

    @Autowired
    OrganisationAdmin organisationAdmin;
    @Autowired
    Accounts accountService;
    @Autowired
    Assignments assignments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** Moves the application's and the engine's clock to 09:00 of the day in Stockholm. */
    void at(LocalDate day) {
        at(day, LocalTime.of(9, 0));
    }

    /** Moves the application's and the engine's clock to a time of a day in Stockholm. */
    void at(LocalDate day, LocalTime time) {
        clock.setInstant(ZonedDateTime.of(day, time, WorkingDayCalendar.STOCKHOLM).toInstant());
    }

    /**
     * What the job executor would do: runs the instance's jobs that are due by the engine's clock (timers, steps
     * after a boundary) until none is; returns how many ran.
     */
    int runDueJobs(Assignment assignment) {
        return new EngineJobs(management, runtime).runDueJobsOf(assignment.getProcessInstanceId());
    }

    MunicipalityFixtures fixtures() {
        return new MunicipalityFixtures(organisationAdmin, accountService);
    }

    TestMunicipality municipality() {
        return fixtures().create("SOF");
    }

    <T> T as(TestMunicipality municipality, Role role, Supplier<T> work) {
        return SignedIn.as(fixtures().user(municipality.user(role)), work);
    }

    <T> T asManager(TestMunicipality municipality, Supplier<T> work) {
        return as(municipality, Role.MANAGER, work);
    }

    /** A plan activity of the municipality's board, led by the board itself, 2026. */
    static AssignmentForm form(TestMunicipality municipality, String reference) {
        AssignmentForm form = new AssignmentForm();
        form.setBoardId(municipality.boardId());
        form.setReference(reference);
        form.setSource(Source.OPERATIONAL_PLAN);
        form.setSourceYear(2026);
        form.setText("Nämnden tar fram en lärportal i utbildningsplattformen för stadens socialtjänst");
        form.setStartDate(LocalDate.of(2026, 1, 1));
        form.setEndDate(LocalDate.of(2026, 12, 31));
        form.setReporting(Reporting.FOLLOW_UP_REPORT);
        return form;
    }

    static PartnerForm partner(String name, String relation) {
        return new PartnerForm(name, relation);
    }

    static List<PartnerForm> partners(PartnerForm... partners) {
        return new java.util.ArrayList<>(List.of(partners));
    }

    /** The assignment's version in the database now: what a page or API read would show the person. */
    long version(Assignment assignment) {
        return jdbc.queryForObject("select version from assignment where id = ?", Long.class, assignment.getId());
    }

    int rows(String table, String municipality) {
        return jdbc.queryForObject("select count(*) from " + table + " where municipality_code = ?", Integer.class,
                municipality);
    }

    int auditEvents(String municipality) {
        return rows("audit_event", municipality);
    }

    /** The municipality's assignments, organisations and audit events, to compare before and after a refusal. */
    List<Integer> footprint(String municipality) {
        return List.of(rows("assignment", municipality), rows("assignment_body", municipality),
                auditEvents(municipality), jdbc.queryForObject("select count(*) from assignment_partner p join "
                        + "assignment a on p.assignment_id = a.id where a.municipality_code = ?", Integer.class,
                        municipality));
    }
}
