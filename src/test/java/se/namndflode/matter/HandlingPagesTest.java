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
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import se.namndflode.EngineJobs;
import se.namndflode.IntegrationTest;
import se.namndflode.registry.Matter;

/** The handling page: progress, where the process waits, and the secretary's and manager's actions. */
@IntegrationTest
@Import(MatterPagesFixtures.class)
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
    void theSecretaryRecordsAReferBackOnlyWithAReason() throws Exception {
        Matter matter = fixtures.matter(FAR_OFF);
        fixtures.toTheBoard(matter);
        mvc.perform(get(url(matter)).with(fixtures.as("sekreterare"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Registrera nämndens behandling")))
                .andExpect(content().string(containsString("Nämndens behandling")));

        mvc.perform(post(url(matter) + "/behandling").with(fixtures.as("sekreterare")).with(csrf())
                        .param("outcome", "REFER_BACK").param("reason", " "))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("outcomeForm", "reason"))
                .andExpect(content().string(containsString("Ange nämndens skäl för återremissen.")));
        assertThat(progress(matter).getBoardOutcome()).isNull();
        assertThat(waitingIn(matter)).containsExactly("AwaitBoardDecision");

        mvc.perform(post(url(matter) + "/behandling").with(fixtures.as("sekreterare")).with(csrf())
                        .param("outcome", "REFER_BACK").param("reason", "Komplettera med kostnaderna"))
                .andExpect(status().is3xxRedirection());
        assertThat(progress(matter).getBoardOutcome()).isEqualTo(BoardOutcome.REFER_BACK);
        assertThat(progress(matter).getReferBackReason()).isEqualTo("Komplettera med kostnaderna");
        assertThat(waitingIn(matter)).containsExactly("PrepareStaffReport");
        mvc.perform(get(url(matter)).with(fixtures.as("sekreterare")))
                .andExpect(content().string(containsString("Komplettera med kostnaderna")))
                .andExpect(content().string(containsString("Återremiss")));
    }

    @Test
    void postponingSendsTheMatterBackToTheAgenda() throws Exception {
        Matter matter = fixtures.matter(FAR_OFF);
        fixtures.toTheBoard(matter);
        mvc.perform(post(url(matter) + "/behandling").with(fixtures.as("sekreterare")).with(csrf())
                        .param("outcome", "POSTPONE"))
                .andExpect(status().is3xxRedirection());
        assertThat(progress(matter).getBoardOutcome()).isEqualTo(BoardOutcome.POSTPONE);
        assertThat(waitingIn(matter)).containsExactly("PlaceOnAgenda");
    }

    @Test
    void aDecisionApprovedAtOnceSkipsTheWaitForJustering() throws Exception {
        Matter matter = fixtures.matter(FAR_OFF);
        fixtures.toTheBoard(matter);
        mvc.perform(post(url(matter) + "/behandling").with(fixtures.as("sekreterare")).with(csrf())
                        .param("outcome", "DECIDED").param("immediateApproval", "true"))
                .andExpect(status().is3xxRedirection());
        // The notice is published by the engine right after, behind a transaction boundary.
        mvc.perform(get(url(matter)).with(fixtures.as("sekreterare")))
                .andExpect(content().string(containsString("data-activity=\"PublishNotice\"")));
        jobs.runAsyncSteps(matter.getId());
        assertThat(waitingIn(matter)).containsExactlyInAnyOrder("AppealPeriodEnds", "DispatchExtract");
        assertThat(progress(matter).getNoticePublishedOn()).isNotNull();
        assertThat(progress(matter).getAppealPeriodEnds()).isNotNull();
    }

    @Test
    void theSecretaryRecordsThatTheMinutesAreApproved() throws Exception {
        Matter matter = fixtures.matter(FAR_OFF);
        mvc.perform(post(url(matter) + "/justerat").with(fixtures.as("sekreterare")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ärendet väntar inte på justering.")));

        fixtures.toTheBoard(matter);
        mvc.perform(post(url(matter) + "/behandling").with(fixtures.as("sekreterare")).with(csrf())
                        .param("outcome", "DECIDED"))
                .andExpect(status().is3xxRedirection());
        assertThat(waitingIn(matter)).containsExactly("AwaitMinutesApproval");
        mvc.perform(get(url(matter)).with(fixtures.as("sekreterare")))
                .andExpect(content().string(containsString("/handlaggning/justerat")));

        mvc.perform(post(url(matter) + "/justerat").with(fixtures.as("sekreterare")).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(waitingIn(matter)).containsExactly("PublishNotice");
        jobs.runAsyncSteps(matter.getId());
        assertThat(waitingIn(matter)).containsExactlyInAnyOrder("AppealPeriodEnds", "DispatchExtract");
        assertThat(progress(matter).getNoticePublishedOn()).isNotNull();
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
    void aCaseOfficerMayNotRecordTheBoardsHandlingOrWriteOff() throws Exception {
        Matter matter = fixtures.matter(FAR_OFF);
        fixtures.toTheBoard(matter);
        mvc.perform(post(url(matter) + "/behandling").with(fixtures.as("handlaggare")).with(csrf())
                .param("outcome", "DECIDED")).andExpect(status().isForbidden());
        mvc.perform(post(url(matter) + "/justerat").with(fixtures.as("handlaggare")).with(csrf()))
                .andExpect(status().isForbidden());
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
        mvc.perform(post(url(secret) + "/justerat").with(fixtures.as("sekreterare")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(url(secret)).with(fixtures.as("handlaggare"))).andExpect(status().isOk());
    }
}
