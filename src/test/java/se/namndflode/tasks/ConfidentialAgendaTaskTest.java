package se.namndflode.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterKind;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * "Anmäl till sammanträde" of a confidential matter by a board secretary who is not entitled to it: the work needs
 * only the register entry (the agenda names the matter by its public title), so the group list offers the task, its
 * page shows the entry and the meetings to choose from but nothing of the content, and putting the matter forward
 * works; the paragraph keeps the title for the entitled. A meeting after the answer date, whose reason only someone
 * who may read the matter can give, is refused without telling the date.
 */
@IntegrationTest
class ConfidentialAgendaTaskTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TaskFixtures fixtures;
    @Autowired
    TaskList tasks;
    @Autowired
    JdbcTemplate jdbc;

    private RequestPostProcessor as(String username) {
        return user(fixtures.user(username));
    }

    /** A confidential report (no public title) of the board, approved and waiting to be put forward. */
    private Matter confidentialWaitingForAgenda(Long board, String title, LocalDate answerDue) {
        Matter matter = fixtures.register(board, title, MatterKind.REPORT, answerDue, "handlaggare", true);
        fixtures.drive(matter, "PrepareStaffReport", Map.of());
        fixtures.drive(matter, "ReviewStaffReport", Map.of("reviewOutcome", "APPROVED"));
        fixtures.drive(matter, "ApproveForBoard", Map.of("approvalOutcome", "APPROVED"));
        return matter;
    }

    @Test
    void aSecretaryWithoutAccessPutsAConfidentialMatterForwardByItsPublicTitle() throws Exception {
        Long board = fixtures.newBoard();
        String secretary = fixtures.newAccount(Role.SECRETARY);
        String title = "Placering av barn i familjehem " + TaskFixtures.unique();
        Matter matter = confidentialWaitingForAgenda(board, title, null);
        String number = matter.getRegistryNumber().toString();
        String taskId = fixtures.task(matter, "PlaceOnAgenda").getId();
        Long meeting = fixtures.meeting(board, LocalDate.now(WorkingDayCalendar.STOCKHOLM).plusDays(7)).getId();

        assertThat(fixtures.as(secretary, () -> tasks.group(new TaskFilter(board, null, null, null), 0))
                .getContent()).singleElement().satisfies(row -> {
                    assertThat(row.restricted()).isTrue();
                    assertThat(row.isTakeable()).isTrue();
                    assertThat(row.title()).isNull();
                });
        mvc.perform(get("/uppgifter/grupp").param("boardId", board.toString()).with(as(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/uppgifter/" + taskId + "/ta")))
                .andExpect(content().string(not(containsString("Kräver åtkomst"))))
                .andExpect(content().string(not(containsString(title))));

        mvc.perform(post("/uppgifter/{id}/ta", taskId).with(as(secretary)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/uppgifter/" + taskId));
        mvc.perform(get("/uppgifter/{id}", taskId).with(as(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("Sekretessbelagt ärende")))
                .andExpect(content().string(containsString("du har inte åtkomst till dess innehåll")))
                .andExpect(content().string(containsString("<option value=\"" + meeting + "\"")))
                .andExpect(content().string(not(containsString(title))));

        mvc.perform(post("/uppgifter/{id}", taskId).param("meetingId", meeting.toString())
                        .with(as(secretary)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/uppgifter"));

        assertThat(fixtures.waitingIn(matter)).containsExactly("AwaitBoardDecision");
        assertThat(jdbc.queryForMap("select title, public_title, confidential from meeting_paragraph"
                + " where matter_id = ? and meeting_id = ?", matter.getId(), meeting))
                .containsEntry("TITLE", title).containsEntry("PUBLIC_TITLE", "Sekretessbelagt ärende")
                .containsEntry("CONFIDENTIAL", true);
        assertThat(fixtures.audits(matter, TaskList.CLAIMED)).isEqualTo(1);
        assertThat(fixtures.audits(matter, TaskList.COMPLETED)).isEqualTo(1);
        assertThat(fixtures.as(secretary, () -> tasks.group(new TaskFilter(board, null, null, null), 0)
                .getContent())).isEmpty();
        mvc.perform(get("/sammantraden/{id}", meeting).with(as(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(number)))
                .andExpect(content().string(containsString("Sekretessbelagt ärende")))
                .andExpect(content().string(not(containsString(title))));
    }

    @Test
    void aMeetingAfterTheAnswerDateIsRefusedWithoutTellingTheDate() throws Exception {
        Long board = fixtures.newBoard();
        String secretary = fixtures.newAccount(Role.SECRETARY);
        LocalDate today = LocalDate.now(WorkingDayCalendar.STOCKHOLM);
        LocalDate answerDue = today.plusDays(3);
        Matter matter = confidentialWaitingForAgenda(board, "Orosanmälan " + TaskFixtures.unique(), answerDue);
        String taskId = fixtures.task(matter, "PlaceOnAgenda").getId();
        Long late = fixtures.meeting(board, today.plusDays(14)).getId();

        mvc.perform(post("/uppgifter/{id}/ta", taskId).with(as(secretary)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/uppgifter/{id}", taskId).param("meetingId", late.toString())
                        .param("lateMeetingReason", "Nämnden sammanträder inte förr")
                        .with(as(secretary)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sammanträdet ligger efter ärendets svarsdatum")))
                .andExpect(content().string(not(containsString(answerDue.toString()))));

        assertThat(fixtures.waitingIn(matter)).containsExactly("PlaceOnAgenda");
        assertThat(jdbc.queryForObject("select count(*) from meeting_paragraph where matter_id = ?", Long.class,
                matter.getId())).isZero();
    }
}
