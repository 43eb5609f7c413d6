package se.namndflode.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.namndflode.EngineJobs;
import se.namndflode.IntegrationTest;
import se.namndflode.registry.Matter;

/**
 * The handling page: progress, where the process waits, and the secretary's (justering) and manager's
 * (write-off) actions; the board's handling is recorded at the meeting, no longer here.
 */
@IntegrationTest
class HandlingPagesTest {

    private static final LocalDate FAR_OFF = LocalDate.now().plusYears(5);

    @Autowired
    MockMvc mvc;
    @Autowired
    MatterPagesFixtures fixtures;
    @Autowired
    BoardMatterProcess process;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    EngineJobs jobs;

    private static String url(Matter matter) {
        return "/arenden/" + matter.getRegistryNumber().toUrl() + "/handlaggning";
    }

    private MatterProgress progress(Matter matter) {
        return process.progress(matter.getId()).orElseThrow();
    }

    private java.util.List<String> waitingIn(Matter matter) {
        return process.waitingIn(matter.getId()).stream()
                .filter(id -> !BoardMatterProcess.ANSWER_DATE_WATCH.contains(id)).toList();
    }

    @Test
    void showsWhereTheMatterWaitsInSwedish() throws Exception {
        Matter matter = fixtures.matter(FAR_OFF);
        mvc.perform(get(url(matter)).with(fixtures.as("handlaggare"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Skriv tjänsteutlåtande")))
                .andExpect(content().string(containsString(FAR_OFF.toString())))
                .andExpect(content().string(not(containsString("overdue-badge"))))
                .andExpect(content().string(not(containsString("/handlaggning/behandling"))));
        mvc.perform(get("/arenden/" + matter.getRegistryNumber().toUrl()).with(fixtures.as("handlaggare")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + url(matter) + "\"")))
                .andExpect(content().string(containsString("href=\"/arenden/" + matter.getRegistryNumber().toUrl()
                        + "/tjansteutlatande\"")));
    }

    @Test
    void anOverdueMatterHasTheBadge() throws Exception {
        Matter matter = fixtures.matter(LocalDate.of(2027, 3, 31));
        String instance = process.progress(matter.getId()).orElseThrow().getProcessInstanceId();
        // The watch first reminds, then waits for the day after the answer date.
        for (String timer : new String[] {"AnswerDueReminder", "AnswerOverdue"}) {
            management.executeJob(management.createJobQuery().activityId(timer).processInstanceId(instance)
                    .singleResult().getId());
        }

        mvc.perform(get(url(matter)).with(fixtures.as("chef"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"overdue-badge\"")))
                .andExpect(content().string(containsString("Försenat")));
    }

    @Test
    void theBoardsHandlingIsRecordedAtTheMeetingNotOnThePage() throws Exception {
        Matter matter = fixtures.matter(FAR_OFF);
        fixtures.toTheBoard(matter);
        mvc.perform(get(url(matter)).with(fixtures.as("sekreterare"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"at-the-meeting\"")))
                .andExpect(content().string(containsString("Nämndens behandling registreras vid sammanträdet")))
                .andExpect(content().string(not(containsString("/handlaggning/behandling"))))
                .andExpect(content().string(not(containsString("/handlaggning/anmalt"))));

        mvc.perform(post(url(matter) + "/behandling").with(fixtures.as("sekreterare")).with(csrf())
                        .param("outcome", "DECIDED"))
                .andExpect(status().isNotFound());
        assertThat(progress(matter).getBoardOutcome()).isNull();
        assertThat(waitingIn(matter)).containsExactly("AwaitBoardDecision");
    }

    @Test
    void aReferBackShowsTheBoardsReasonAndAPostponedMatterIsBackAtTheAgendaStep() throws Exception {
        Matter referred = fixtures.matter(FAR_OFF);
        fixtures.toTheBoard(referred);
        process.recordBoardOutcome(referred.getId(), BoardOutcome.REFER_BACK, "Komplettera med kostnaderna", false);
        mvc.perform(get(url(referred)).with(fixtures.as("sekreterare")))
                .andExpect(content().string(containsString("Komplettera med kostnaderna")))
                .andExpect(content().string(containsString("Återremiss")))
                .andExpect(content().string(containsString("data-activity=\"PrepareStaffReport\"")));

        Matter postponed = fixtures.matter(FAR_OFF);
        fixtures.toTheBoard(postponed);
        process.recordBoardOutcome(postponed.getId(), BoardOutcome.POSTPONE, null, false);
        assertThat(waitingIn(postponed)).containsExactly("PlaceOnAgenda");
        mvc.perform(get(url(postponed)).with(fixtures.as("sekreterare")))
                .andExpect(content().string(containsString("data-activity=\"PlaceOnAgenda\"")))
                .andExpect(content().string(not(containsString("id=\"at-the-meeting\""))));
    }

    @Test
    void aDecisionApprovedAtOnceSkipsTheWaitForJustering() throws Exception {
        Matter matter = fixtures.matter(FAR_OFF);
        fixtures.toTheBoard(matter);
        process.recordBoardOutcome(matter.getId(), BoardOutcome.DECIDED, null, true);
        // The notice is published by the engine right after, behind a transaction boundary.
        mvc.perform(get(url(matter)).with(fixtures.as("sekreterare")))
                .andExpect(content().string(containsString("data-activity=\"PublishNotice\"")));
        jobs.runAsyncSteps(matter.getId());
        assertThat(waitingIn(matter)).containsExactlyInAnyOrder("AppealPeriodEnds", "DispatchExtract");
        assertThat(progress(matter).getNoticePublishedOn()).isNotNull();
        assertThat(progress(matter).getAppealPeriodEnds()).isNotNull();
    }

    @Test
    void theHandlingPageSaysTheDecisionWaitsForTheJusteringAndOffersNoFormOfItsOwn() throws Exception {
        Matter matter = fixtures.matter(FAR_OFF);
        fixtures.toTheBoard(matter);
        process.recordBoardOutcome(matter.getId(), BoardOutcome.DECIDED, null, false);
        assertThat(waitingIn(matter)).containsExactly("AwaitMinutesApproval");
        mvc.perform(get(url(matter)).with(fixtures.as("sekreterare")))
                .andExpect(content().string(containsString("id=\"awaits-justering\"")))
                .andExpect(content().string(not(containsString("/handlaggning/justerat"))));
        // The interim form is gone: justering is the minutes' own, and the notice moves the matter on.
        mvc.perform(post(url(matter) + "/justerat").with(fixtures.as("sekreterare")).with(csrf()))
                .andExpect(status().is4xxClientError());
        assertThat(waitingIn(matter)).containsExactly("AwaitMinutesApproval");
    }

    @Test
    void aManagerWritesTheMatterOffWithAReason() throws Exception {
        Matter matter = fixtures.matter(FAR_OFF);
        mvc.perform(post(url(matter) + "/avskrivning").with(fixtures.as("chef")).with(csrf()).param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("writeOffForm", "reason"));
        assertThat(progress(matter).isOpen()).isTrue();

        mvc.perform(post(url(matter) + "/avskrivning").with(fixtures.as("chef")).with(csrf())
                        .param("reason", "Remissen har återkallats"))
                .andExpect(status().is3xxRedirection());
        assertThat(progress(matter).getWrittenOffAt()).isNotNull();
        assertThat(progress(matter).getWriteOffReason()).isEqualTo("Remissen har återkallats");
        mvc.perform(get(url(matter)).with(fixtures.as("chef")))
                .andExpect(content().string(containsString("Remissen har återkallats")));
    }

    @Test
    void aCaseOfficerMayNotWriteOff() throws Exception {
        Matter matter = fixtures.matter(FAR_OFF);
        fixtures.toTheBoard(matter);
        mvc.perform(post(url(matter) + "/avskrivning").with(fixtures.as("handlaggare")).with(csrf())
                .param("reason", "Inte min sak")).andExpect(status().isForbidden());
        mvc.perform(post(url(matter) + "/avskrivning").with(fixtures.as("sekreterare")).with(csrf())
                .param("reason", "Inte min sak")).andExpect(status().isForbidden());
        assertThat(progress(matter).getBoardOutcome()).isNull();
        assertThat(progress(matter).isOpen()).isTrue();
    }

    @Test
    void aConfidentialMatterIsRefusedToThoseNotEntitledWithoutItsTitle() throws Exception {
        Matter secret = fixtures.confidentialMatter();
        mvc.perform(get(url(secret)).with(fixtures.as("sekreterare"))).andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(secret.getTitle()))))
                .andExpect(content().string(containsString(secret.getRegistryNumber() + " Sekretessbelagt ärende")));
        mvc.perform(get(url(secret)).with(fixtures.as("handlaggare"))).andExpect(status().isOk());
    }
}
