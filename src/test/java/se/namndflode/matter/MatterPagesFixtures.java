package se.namndflode.matter;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.AdministrationForm;
import se.namndflode.organisation.BoardForm;
import se.namndflode.organisation.BoardKind;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterForm;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;

/** Matters registered for the page and API tests (registration starts the process), and who asks. */
@TestComponent
class MatterPagesFixtures {

    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    private final Registry registry;
    private final Accounts accounts;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final OrganisationAdmin admin;
    private final BoardMatterProcess process;

    MatterPagesFixtures(Registry registry, Accounts accounts, TaskService tasks, JdbcTemplate jdbc,
            OrganisationAdmin admin, BoardMatterProcess process, Clock clock) {
        this.clock = clock;
        this.admin = admin;
        this.process = process;
        this.registry = registry;
        this.accounts = accounts;
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    RequestPostProcessor as(String username) {
        return user(accounts.loadUserByUsername(username));
    }

    /** A remiss in Socialnämnden with the demo case officer "handlaggare". */
    Matter matter(LocalDate answerDue) {
        return register(form(answerDue));
    }

    /** A remiss taken over from an earlier register, registered {@code daysAgo} days ago. */
    Matter matterRegisteredDaysAgo(int daysAgo, LocalDate answerDue) {
        return registry.importMatter(form(answerDue), OffsetDateTime.now(clock).minusDays(daysAgo));
    }

    /**
     * A confidential matter of a board of its own (the demo data's Socialnämnden has exactly one), with
     * "handlaggare" as its case officer.
     */
    Matter confidentialMatter() {
        MatterForm form = form(LocalDate.now().plusYears(5));
        form.setBoardId(newBoard());
        form.setConfidential(true);
        form.setConfidentialityGround("OSL 26 kap. 1 §");
        return register(form);
    }

    /** Takes the matter through preparation, review, approval and the agenda: it waits for the board. */
    void toTheBoard(Matter matter) {
        toTheBoard(matter, null);
    }

    /** As {@link #toTheBoard(Matter)}, put forward to the meeting on {@code meetingDate} (null: none recorded). */
    void toTheBoard(Matter matter, LocalDate meetingDate) {
        String number = matter.getRegistryNumber().toString();
        complete(number, "PrepareStaffReport", Map.of());
        complete(number, "ReviewStaffReport", Map.of("reviewOutcome", "APPROVED"));
        complete(number, "ApproveForBoard", Map.of("approvalOutcome", "APPROVED"));
        if (meetingDate != null) {
            process.placeOnAgenda(matter.getId(), meetingDate, null);
        }
        complete(number, "PlaceOnAgenda", Map.of());
    }

    private void complete(String number, String activity, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceBusinessKey(number).taskDefinitionKey(activity)
                .singleResult().getId(), variables);
    }

    /** A board of Stockholms stad whose administration has a series prefix of its own. */
    private Long newBoard() {
        StringBuilder letters = new StringBuilder("H");
        for (int i = 0; i < 7; i++) {
            letters.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        String prefix = letters.toString();
        Long stockholm = jdbc.queryForObject("select id from municipality where code = 'stockholm'", Long.class);
        AdministrationForm administration = new AdministrationForm();
        administration.setMunicipalityId(stockholm);
        administration.setName("Förvaltning " + prefix);
        administration.setRegistryPrefix(prefix);
        BoardForm board = new BoardForm();
        board.setMunicipalityId(stockholm);
        board.setKind(BoardKind.BOARD);
        board.setName("Nämnd " + prefix);
        board.setAdministrationId(admin.saveAdministration(administration).getId());
        board.setMemberCount(9);
        return admin.saveBoard(board).getId();
    }

    private MatterForm form(LocalDate answerDue) {
        MatterForm form = new MatterForm();
        form.setBoardId(jdbc.queryForObject("select id from board where name = 'Socialnämnden'", Long.class));
        form.setKind(MatterKind.REFERRAL);
        form.setTitle("Remiss om tillsyn " + NEXT.incrementAndGet());
        form.setSender("Kommunstyrelsen");
        form.setAnswerDue(answerDue);
        form.setCaseOfficerId(jdbc.queryForObject("select id from user_account where username = 'handlaggare'",
                Long.class));
        return form;
    }

    private Matter register(MatterForm form) {
        return registry.registerMatter(form);
    }
}
