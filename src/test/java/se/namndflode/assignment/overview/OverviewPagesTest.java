package se.namndflode.assignment.overview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.MunicipalityFixtures.TestMunicipality;
import se.namndflode.assignment.Assignment;
import se.namndflode.registry.Matter;
import se.namndflode.shared.security.Role;

/**
 * The overview's page, CSV export and reassignment: only managers and directors (authorization first), the CSV as a
 * Swedish spreadsheet reads it (UTF-8 with BOM, semicolons, CRLF, Swedish dates, defused formulas), a matter's case
 * officer changed from the list moves the matter's task, a refused change says why and changes nothing.
 */
@IntegrationTest
class OverviewPagesTest extends OverviewTestSupport {

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskService tasks;

    TestMunicipality kommun;
    String officer;
    String secondOfficer;
    Matter overdue;
    Matter formula;
    Assignment late;

    @BeforeEach
    void data() {
        at(LocalDate.of(2032, 1, 12));
        kommun = fixtures().create("SOF");
        officer = kommun.user(Role.CASE_OFFICER);
        secondOfficer = fixtures().account(kommun.code() + ".hand2", Set.of(Role.CASE_OFFICER), Set.of(kommun.id()));
        late = assignment(kommun, kommun.boardId(), "VP-K01", LocalDate.of(2032, 1, 1), LocalDate.of(2032, 3, 31),
                officer);
        overdue = matter(kommun, kommun.boardId(), "Remiss om hemlöshet", LocalDate.of(2032, 5, 1), officer);
        formula = matter(kommun, kommun.boardId(), "=HYPERLINK(\"x\");remiss", LocalDate.of(2032, 5, 25), officer);
        at(LocalDate.of(2032, 5, 20));
        runDueJobs(late);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    RequestPostProcessor as(Role role) {
        return user(fixtures().user(kommun.user(role)));
    }

    @Test
    void onlyManagersAndDirectorsReachTheOverview() throws Exception {
        for (Role role : List.of(Role.CASE_OFFICER, Role.REGISTRAR, Role.SECRETARY, Role.ADMIN)) {
            mvc.perform(get("/oversikt").with(as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/oversikt/export.csv").with(as(role))).andExpect(status().isForbidden());
            mvc.perform(get("/oversikt/veckobrev").with(as(role))).andExpect(status().isForbidden());
            mvc.perform(post("/oversikt/arenden/{id}/handlaggare", overdue.getId()).with(csrf()).with(as(role))
                    .param("caseOfficerId", "1")).andExpect(status().isForbidden());
            mvc.perform(post("/oversikt/uppdrag/{id}/ansvarig", late.getId()).with(csrf()).with(as(role))
                    .param("newResponsible", secondOfficer)).andExpect(status().isForbidden());
        }
        assertThat(caseOfficerOf(overdue)).isEqualTo(officer);
        mvc.perform(get("/oversikt").with(as(Role.DIRECTOR))).andExpect(status().isOk());
    }

    @Test
    void thePageShowsTheItemsTheirLinksAndTheChartsWithTheirNumbers() throws Exception {
        mvc.perform(get("/oversikt").param("boardId", kommun.boardId().toString()).with(as(Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/uppdrag/" + late.getId() + "\"")))
                .andExpect(content().string(containsString("href=\"/arenden/" + kommun.code() + ":"
                        + overdue.getRegistryNumber().toUrl() + "\"")))
                .andExpect(content().string(containsString("Försenade uppdrag: 1")))
                .andExpect(content().string(containsString("Ärenden efter svarsdatum: 1")))
                .andExpect(content().string(containsString("Svarsdatum inom 14 dagar: 1")))
                .andExpect(content().string(containsString("id=\"chart-boards\"")))
                .andExpect(content().string(containsString("/webjars/echarts/5.3.1/dist/echarts.min.js")));
        mvc.perform(get("/webjars/echarts/5.3.1/dist/echarts.min.js")).andExpect(status().isOk());
        mvc.perform(get("/js/overview-charts.js")).andExpect(status().isOk());
    }

    @Test
    void theCsvOpensInASwedishSpreadsheet() throws Exception {
        byte[] body = mvc.perform(get("/oversikt/export.csv").param("boardId", kommun.boardId().toString())
                        .with(as(Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/csv;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(body, 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        List<String> lines = List.of(text.split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("Slag;Beteckning;Rubrik;Nämnd;Förvaltning;Ansvarig;Datum;Dagar kvar;Läge;"
                + "Tjänsteutlåtande");
        assertThat(lines).hasSize(4);
        String board = "Socialnämnden i " + kommun.code();
        String name = "Testperson " + officer;
        assertThat(lines.get(1)).isEqualTo("Uppdrag;VP-K01;Nämnden ska utreda VP-K01;" + board
                + ";Socialförvaltningen;" + name + ";2032-03-31;-50;Försenat;");
        assertThat(lines.get(2)).isEqualTo("Ärende;" + overdue.getRegistryNumber() + ";Remiss om hemlöshet;" + board
                + ";Socialförvaltningen;" + name + ";2032-05-01;-19;Försenat;");
        assertThat(lines.get(3)).isEqualTo("Ärende;" + formula.getRegistryNumber()
                + ";\"'=HYPERLINK(\"\"x\"\");remiss\";" + board + ";Socialförvaltningen;" + name
                + ";2032-05-25;5;I riskzonen;");
    }

    @Test
    void aMattersCaseOfficerChangedFromTheOverviewGetsTheTask() throws Exception {
        Long newOfficer = fixtures().user(secondOfficer).getAccountId();
        mvc.perform(post("/oversikt/arenden/{id}/handlaggare", overdue.getId()).with(csrf()).with(as(Role.MANAGER))
                        .param("caseOfficerId", newOfficer.toString()).param("version", matterVersion(overdue))
                        .param("state", "OVERDUE"))
                .andExpect(redirectedUrl("/oversikt?state=OVERDUE"))
                .andExpect(flash().attribute("reassigned", overdue.getRegistryNumber().toString()));
        assertThat(caseOfficerOf(overdue)).isEqualTo(secondOfficer);
        String instance = jdbc.queryForObject("select process_instance_id from matter_progress where matter_id = ?",
                String.class, overdue.getId());
        assertThat(tasks.createTaskQuery().processInstanceId(instance).taskAssignee(secondOfficer).count())
                .as("the matter's task follows its new case officer").isEqualTo(1);
        assertThat(tasks.createTaskQuery().processInstanceId(instance).taskAssignee(officer).count()).isZero();
    }

    @Test
    void aRefusedChangeSaysWhyAndChangesNothing() throws Exception {
        Long manager = fixtures().user(kommun.user(Role.MANAGER)).getAccountId();
        mvc.perform(post("/oversikt/arenden/{id}/handlaggare", overdue.getId()).with(csrf()).with(as(Role.MANAGER))
                        .param("caseOfficerId", manager.toString()).param("version", matterVersion(overdue)))
                .andExpect(redirectedUrl("/oversikt"))
                .andExpect(flash().attributeExists("refusal"));
        assertThat(caseOfficerOf(overdue)).isEqualTo(officer);
        mvc.perform(post("/oversikt/uppdrag/{id}/ansvarig", late.getId()).with(csrf()).with(as(Role.MANAGER))
                        .param("newResponsible", officer).param("version", assignmentVersion(late)))
                .andExpect(redirectedUrl("/oversikt"))
                .andExpect(flash().attribute("refusal", containsString("redan")));
        assertThat(jdbc.queryForObject("select responsible from assignment where id = ?", String.class, late.getId()))
                .isEqualTo(officer);
    }

    @Test
    void anAssignmentsResponsiblePersonChangedFromTheOverviewGetsItsTasks() throws Exception {
        mvc.perform(post("/oversikt/uppdrag/{id}/ansvarig", late.getId()).with(csrf()).with(as(Role.MANAGER))
                        .param("newResponsible", secondOfficer).param("version", assignmentVersion(late)))
                .andExpect(redirectedUrl("/oversikt"))
                .andExpect(flash().attribute("reassigned", "VP-K01"));
        assertThat(jdbc.queryForObject("select responsible from assignment where id = ?", String.class, late.getId()))
                .isEqualTo(secondOfficer);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Assignment' and "
                + "entity_id = ? and action = 'REASSIGNED'", Long.class, late.getId().toString())).isEqualTo(1);
    }

    @Test
    void theApiGivesTheSameItemsAndCountsToManagersOnly() throws Exception {
        mvc.perform(get("/api/v1/overview").param("boardId", kommun.boardId().toString()).with(as(Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].reference").value("VP-K01"))
                .andExpect(jsonPath("$.items[0].link").value("/uppdrag/" + late.getId()))
                .andExpect(jsonPath("$.items[1].state").value("OVERDUE"))
                .andExpect(jsonPath("$.counts.mattersAtRisk").value(1));
        mvc.perform(get("/api/v1/overview").with(as(Role.CASE_OFFICER)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    /**
     * A tjänsteutlåtande the manager has approved waits for the förvaltningschef's approval for the board, not for
     * review (its status is "submitted" in both steps): the page, the CSV and the API say which step each report
     * waits in, for a matter listed because of its report and for one listed as overdue; the count and the review
     * filter still hold both.
     */
    @Test
    void aStaffReportWaitingForTheDirectorIsNotSaidToWaitForReview() throws Exception {
        Matter withManager = matter(kommun, kommun.boardId(), "Remiss om boenden", LocalDate.of(2032, 9, 30), officer);
        Matter withDirector = matter(kommun, kommun.boardId(), "Remiss om hemtjänst", LocalDate.of(2032, 9, 30),
                officer);
        waitingForTheManager(withManager);
        waitingForTheDirector(withDirector);
        waitingForTheDirector(overdue);
        String review = "Väntar på granskning";
        String approval = "Väntar på förvaltningschefens godkännande";

        String page = mvc.perform(get("/oversikt").param("boardId", kommun.boardId().toString())
                        .with(as(Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tjänsteutlåtanden att granska eller godkänna: 3")))
                .andReturn().getResponse().getContentAsString();
        assertThat(row(page, withManager)).contains(review).doesNotContain(approval);
        assertThat(row(page, withDirector)).contains(approval).doesNotContain(review);
        assertThat(row(page, overdue)).contains("Försenat", approval).doesNotContain(review);
        assertThat(row(page, formula)).doesNotContain(review, approval);

        byte[] body = mvc.perform(get("/oversikt/export.csv").param("boardId", kommun.boardId().toString())
                        .with(as(Role.MANAGER)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> lines = List.of(new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Ärende;" + withManager.getRegistryNumber()
                + ";").endsWith(";" + review + ";" + review));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Ärende;" + withDirector.getRegistryNumber()
                + ";").endsWith(";" + approval + ";" + approval));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Ärende;" + overdue.getRegistryNumber()
                + ";").endsWith(";Försenat;" + approval));
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("Ärende;" + formula.getRegistryNumber()
                + ";").endsWith(";I riskzonen;"));

        mvc.perform(get("/api/v1/overview").param("boardId", kommun.boardId().toString()).param("state", "REVIEW")
                        .with(as(Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.counts.mattersInReview").value(3))
                .andExpect(jsonPath("$.items[?(@.reference == '%s')].reviewStep", withManager.getRegistryNumber()
                        .toString()).value("REVIEW"))
                .andExpect(jsonPath("$.items[?(@.reference == '%s')].stateText", withManager.getRegistryNumber()
                        .toString()).value(review))
                .andExpect(jsonPath("$.items[?(@.reference == '%s')].reviewStep", withDirector.getRegistryNumber()
                        .toString()).value("APPROVAL"))
                .andExpect(jsonPath("$.items[?(@.reference == '%s')].stateText", withDirector.getRegistryNumber()
                        .toString()).value(approval))
                .andExpect(jsonPath("$.items[?(@.reference == '%s')].state", overdue.getRegistryNumber()
                        .toString()).value("OVERDUE"))
                .andExpect(jsonPath("$.items[?(@.reference == '%s')].reviewStep", overdue.getRegistryNumber()
                        .toString()).value("APPROVAL"));
    }

    /** The overview's table row of the matter, from its data attribute to the end of the row. */
    private static String row(String page, Matter matter) {
        int start = page.indexOf("data-reference=\"" + matter.getRegistryNumber() + "\"");
        assertThat(start).as("the overview lists %s", matter.getRegistryNumber()).isNotNegative();
        return page.substring(start, page.indexOf("</tr>", start));
    }

    /**
     * A page number far past the last (typed into the address: its first row is beyond an int) is an empty page with
     * the filter's total, on the overview and on the assignments' list, page and API alike, never a server error.
     */
    @Test
    void aPageFarPastTheLastIsEmptyWithTheTotal() throws Exception {
        String far = String.valueOf(Integer.MAX_VALUE / 10);
        mvc.perform(get("/api/v1/overview").param("boardId", kommun.boardId().toString()).param("page", far)
                        .with(as(Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.total").value(3));
        mvc.perform(get("/oversikt").param("page", far).with(as(Role.MANAGER))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/assignments").param("boardId", kommun.boardId().toString()).param("page", far)
                        .with(as(Role.MANAGER)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items").isEmpty())
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/uppdrag").param("page", far).with(as(Role.MANAGER))).andExpect(status().isOk());
    }

    /**
     * Two managers reassign the same matter from the same list (the same version in both forms): the first wins,
     * the second is refused with 409 and the reason on the overview, and changes nothing (case officer, task, audit).
     */
    @Test
    void theSecondOfTwoReassignmentsOfAMatterFromTheSameListIsRefused() throws Exception {
        String seen = matterVersion(overdue);
        String page = mvc.perform(get("/oversikt").with(as(Role.MANAGER))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).as("the form carries the matter's version").contains("name=\"version\" value=\"" + seen + "\"");
        Long second = fixtures().user(secondOfficer).getAccountId();
        Long first = fixtures().user(officer).getAccountId();
        mvc.perform(post("/oversikt/arenden/{id}/handlaggare", overdue.getId()).with(csrf()).with(as(Role.MANAGER))
                        .param("caseOfficerId", second.toString()).param("version", seen))
                .andExpect(flash().attribute("reassigned", overdue.getRegistryNumber().toString()));
        long audited = audited("Matter", overdue.getId());
        mvc.perform(post("/oversikt/arenden/{id}/handlaggare", overdue.getId()).with(csrf()).with(as(Role.DIRECTOR))
                        .param("caseOfficerId", first.toString()).param("version", seen))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Någon annan har ändrat ärendet "
                        + overdue.getRegistryNumber())))
                .andExpect(content().string(containsString("Handläggare nu: "
                        + fixtures().user(secondOfficer).getDisplayName() + ".")));
        assertThat(caseOfficerOf(overdue)).isEqualTo(secondOfficer);
        assertThat(audited("Matter", overdue.getId())).as("the refused change is not audited").isEqualTo(audited);
        String instance = jdbc.queryForObject("select process_instance_id from matter_progress where matter_id = ?",
                String.class, overdue.getId());
        assertThat(tasks.createTaskQuery().processInstanceId(instance).taskAssignee(secondOfficer).count()).isEqualTo(1);
    }

    /** The same for an assignment's responsible person: the second form with the version both saw is refused. */
    @Test
    void theSecondOfTwoReassignmentsOfAnAssignmentFromTheSameListIsRefused() throws Exception {
        String seen = assignmentVersion(late);
        mvc.perform(get("/oversikt").with(as(Role.MANAGER))).andExpect(content().string(
                containsString("name=\"version\" value=\"" + seen + "\"")));
        String manager = kommun.user(Role.MANAGER);
        mvc.perform(post("/oversikt/uppdrag/{id}/ansvarig", late.getId()).with(csrf()).with(as(Role.MANAGER))
                        .param("newResponsible", secondOfficer).param("version", seen))
                .andExpect(flash().attribute("reassigned", "VP-K01"));
        long audited = audited("Assignment", late.getId());
        mvc.perform(post("/oversikt/uppdrag/{id}/ansvarig", late.getId()).with(csrf()).with(as(Role.DIRECTOR))
                        .param("newResponsible", manager).param("version", seen))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Någon annan har ändrat uppdraget VP-K01")))
                .andExpect(content().string(containsString("Ansvarig nu: "
                        + fixtures().user(secondOfficer).getDisplayName() + ".")));
        assertThat(jdbc.queryForObject("select responsible from assignment where id = ?", String.class, late.getId()))
                .isEqualTo(secondOfficer);
        assertThat(audited("Assignment", late.getId())).isEqualTo(audited);
    }

    private String matterVersion(Matter matter) {
        return jdbc.queryForObject("select version from matter where id = ?", Long.class, matter.getId()).toString();
    }

    private String assignmentVersion(Assignment assignment) {
        return jdbc.queryForObject("select version from assignment where id = ?", Long.class, assignment.getId())
                .toString();
    }

    private long audited(String entityType, Long id) {
        return jdbc.queryForObject("select count(*) from audit_event where entity_type = ? and entity_id = ?",
                Long.class, entityType, id.toString());
    }

    private String caseOfficerOf(Matter matter) {
        return jdbc.queryForObject("select u.username from matter m join user_account u on u.id = m.case_officer_id "
                + "where m.id = ?", String.class, matter.getId());
    }
}
