package se.namndflode.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.namndflode.EngineJobs;
import se.namndflode.IntegrationTest;
import se.namndflode.MovableClock;
import se.namndflode.registry.Matter;
import se.namndflode.shared.web.DomainException;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * The dates of the board's handling (told to the process by the meeting) and of the justering (on the handling
 * page and through the API): checked against the matter's timeline with the same Swedish message, a refusal
 * changing nothing; and the status texts the page derives from the dates and today.
 */
@IntegrationTest
class TimelineHandlingTest {


    @Autowired
    MockMvc mvc;
    @Autowired
    MatterPagesFixtures fixtures;
    @Autowired
    BoardMatterProcess process;
    @Autowired
    MovableClock clock;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    EngineJobs jobs;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDate farOff() {
        return today().plusYears(2);
    }

    private static String page(Matter matter) {
        return "/arenden/" + matter.getRegistryNumber().toUrl() + "/handlaggning";
    }

    private static String api(Matter matter) {
        return "/api/v1/matters/" + matter.getRegistryNumber().toUrl();
    }

    private MockHttpServletRequestBuilder json(String url, String body) {
        return post(url).with(fixtures.as("sekreterare")).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    /** The API refuses with a 422 problem on the field, whose Swedish detail names the conflicting date. */
    private MatterProgress progress(Matter matter) {
        return process.progress(matter.getId()).orElseThrow();
    }

    private List<String> waitingIn(Matter matter) {
        return process.waitingIn(matter.getId()).stream()
                .filter(id -> !BoardMatterProcess.ANSWER_DATE_WATCH.contains(id)).toList();
    }

    private void at(int year, int month, int day) {
        clock.setInstant(ZonedDateTime.of(year, month, day, 10, 0, 0, 0, WorkingDayCalendar.STOCKHOLM).toInstant());
    }

    private long audits(Matter matter, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Matter' and entity_id = ? "
                + "and action = ?", Long.class, matter.getId().toString(), action);
    }

    @Test
    void aNoticeDayAYearInThePastIsRefusedAndChangesNothing() throws Exception {
        Matter matter = fixtures.matter(farOff());
        fixtures.toTheBoard(matter);
        process.recordBoardOutcome(matter.getId(), BoardOutcome.DECIDED, null, false);
        LocalDate aYearAgo = today().minusYears(1);

        // The justering reaches the matter through the minutes' notice (NoticeBoard.post), which gives this day.
        assertThatThrownBy(() -> process.recordMinutesApproved(matter.getId(), aYearAgo))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("field", "noticeDay")
                .hasFieldOrPropertyWithValue("code", "matter-noticeDay-beforeDecision");

        assertThat(waitingIn(matter)).containsExactly("AwaitMinutesApproval");
        assertThat(progress(matter).getNoticePublishedOn()).isNull();
        assertThat(progress(matter).getLegalForceOn()).isNull();
        assertThat(audits(matter, "MINUTES_APPROVED")).isZero();
    }

    @Test
    void theNoticeDayGivenIsTheOneRecorded() throws Exception {
        Matter matter = fixtures.matterRegisteredDaysAgo(30, farOff());
        fixtures.toTheBoard(matter);
        LocalDate decided = today().minusDays(10);
        LocalDate announced = today().minusDays(8);

        // Decided at the meeting ten days ago (the meeting capability tells the process the meeting's day).
        process.recordBoardOutcome(matter.getId(), BoardOutcome.DECIDED, null, false, decided, null);
        mvc.perform(get(api(matter) + "/progress").with(fixtures.as("sekreterare")))
                .andExpect(jsonPath("$.decidedOn").value(decided.toString()));
        // The posting of the minutes' notice tells the matter its day (NoticeBoard.post; no API of the matter's own).
        process.recordMinutesApproved(matter.getId(), announced);
        // The notice is published behind a transaction boundary, with the day given.
        jobs.runAsyncSteps(matter.getId());
        mvc.perform(get(api(matter) + "/progress").with(fixtures.as("sekreterare")))
                .andExpect(jsonPath("$.noticePublishedOn").value(announced.toString()));

        assertThat(progress(matter).getNoticePublishedOn()).isEqualTo(announced);
        assertThat(progress(matter).getAppealPeriodEnds()).isAfterOrEqualTo(announced.plusWeeks(3))
                .isBefore(announced.plusWeeks(3).plusDays(5));
    }

    @Test
    void anImmediatelyJusteredParagraphCountsFromTheDayItWasPostedNotTheDayItWasRecorded() throws Exception {
        at(2023, 11, 20);
        Matter matter = fixtures.matter(LocalDate.of(2024, 1, 31));
        fixtures.toTheBoard(matter, LocalDate.of(2023, 12, 12));
        at(2023, 12, 18);

        process.recordBoardOutcome(matter.getId(), BoardOutcome.DECIDED, null, true, null, LocalDate.of(2023, 12, 13));
        jobs.runAsyncSteps(matter.getId());

        MatterProgress noticed = progress(matter);
        assertThat(noticed.getDecidedOn()).as("the meeting's day").isEqualTo(LocalDate.of(2023, 12, 12));
        assertThat(noticed.getNoticePublishedOn()).isEqualTo(LocalDate.of(2023, 12, 13));
        assertThat(noticed.getAppealPeriodEnds()).isEqualTo(LocalDate.of(2024, 1, 3));
        Job appealTimer = management.createJobQuery().activityId("AppealPeriodEnds")
                .processInstanceId(noticed.getProcessInstanceId()).singleResult();
        assertThat(ZonedDateTime.ofInstant(appealTimer.getDuedate().toInstant(), WorkingDayCalendar.STOCKHOLM))
                .isEqualTo(ZonedDateTime.of(2024, 1, 4, 0, 0, 0, 0, WorkingDayCalendar.STOCKHOLM));
    }

    @Test
    void theDecisionAndNoticeDaysOfAnImmediatelyJusteredParagraphAreChecked() throws Exception {
        Matter matter = fixtures.matterRegisteredDaysAgo(30, farOff());
        fixtures.toTheBoard(matter);
        LocalDate decided = today().minusDays(6);

        assertThatThrownBy(() -> process.recordBoardOutcome(matter.getId(), BoardOutcome.DECIDED, null, true, decided,
                decided.minusDays(1))).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("field", "noticeDay")
                .hasFieldOrPropertyWithValue("messageKey", "matter.noticeDay.beforeDecision");
        assertThat(waitingIn(matter)).containsExactly("AwaitBoardDecision");
        assertThat(progress(matter).getBoardOutcome()).isNull();

        process.recordBoardOutcome(matter.getId(), BoardOutcome.DECIDED, null, true, decided, decided.plusDays(1));
        jobs.runAsyncSteps(matter.getId());
        mvc.perform(get(api(matter) + "/progress").with(fixtures.as("sekreterare")))
                .andExpect(jsonPath("$.decidedOn").value(decided.toString()))
                .andExpect(jsonPath("$.noticePublishedOn").value(decided.plusDays(1).toString()));
    }

    @Test
    void aNoticeDayIsGivenWithTheOutcomeOnlyForAParagraphJusteredAtOnce() {
        Matter matter = fixtures.matter(farOff());
        fixtures.toTheBoard(matter);

        assertThatThrownBy(() -> process.recordBoardOutcome(matter.getId(), BoardOutcome.DECIDED, null, false, null,
                today())).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", "matter.noticeDay.onlyImmediate");
        assertThat(waitingIn(matter)).containsExactly("AwaitBoardDecision");
    }

    @Test
    void theBoardCannotDecideBeforeTheMeetingTheMatterIsOn() throws Exception {
        Matter matter = fixtures.matter(farOff());
        LocalDate meeting = today().plusDays(10);
        fixtures.toTheBoard(matter, meeting);

        mvc.perform(get(page(matter)).with(fixtures.as("sekreterare")))
                .andExpect(content().string(containsString("Anmält till sammanträdet " + meeting + ".")));
        assertThatThrownBy(() -> process.recordBoardOutcome(matter.getId(), BoardOutcome.DECIDED, null, true))
                .isInstanceOf(DomainException.class).hasFieldOrPropertyWithValue("field", "decidedOn")
                .hasFieldOrPropertyWithValue("messageKey", "matter.decidedOn.beforeMeeting");

        assertThat(waitingIn(matter)).containsExactly("AwaitBoardDecision");
        assertThat(progress(matter).getBoardOutcome()).isNull();
        assertThat(progress(matter).getDecidedOn()).isNull();
        assertThat(audits(matter, "BOARD_OUTCOME")).isZero();
    }

    @Test
    void theDecisionIsRecordedOnTheMeetingsDayOnceItHasCome() throws Exception {
        at(2026, 3, 2);
        Matter matter = fixtures.matter(LocalDate.of(2026, 6, 30));
        fixtures.toTheBoard(matter, LocalDate.of(2026, 3, 10));
        at(2026, 3, 12);

        mvc.perform(get(page(matter)).with(fixtures.as("sekreterare")))
                .andExpect(content().string(containsString(
                        "Sammanträdet 2026-03-10 har hållits; nämndens behandling är inte registrerad.")));
        process.recordBoardOutcome(matter.getId(), BoardOutcome.POSTPONE, null, false);

        assertThat(progress(matter).getDecidedOn()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(waitingIn(matter)).containsExactly("PlaceOnAgenda");
    }

    @Test
    void theHandlingPageSaysTheAppealPeriodRunsUntilItHasRun() throws Exception {
        Matter matter = fixtures.matter(farOff());
        fixtures.toTheBoard(matter);
        process.recordBoardOutcome(matter.getId(), BoardOutcome.DECIDED, null, true);
        jobs.runAsyncSteps(matter.getId());
        LocalDate lastDay = progress(matter).getAppealPeriodEnds();

        mvc.perform(get(page(matter)).with(fixtures.as("handlaggare"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Överklagandetiden löper till och med " + lastDay + ".")))
                .andExpect(content().string(not(containsString("Överklagandetiden har löpt ut"))));

        clock.setInstant(lastDay.plusDays(1).atTime(9, 0).atZone(WorkingDayCalendar.STOCKHOLM).toInstant());
        mvc.perform(get(page(matter)).with(fixtures.as("handlaggare"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Överklagandetiden löpte ut " + lastDay
                        + "; beslutet har laga kraft från " + lastDay.plusDays(1) + ".")));
    }

    @Test
    void aStaffReportIsNotDatedBeforeItsMatterWasRegisteredNorInTheYear9999() throws Exception {
        Matter matter = fixtures.matter(farOff());
        String editor = "/arenden/" + matter.getRegistryNumber().toUrl() + "/tjansteutlatande";
        for (String[] refused : new String[][] {
                {today().minusDays(1).toString(), "Tjänsteutlåtandets datum kan inte vara före ärendets registreringsdag "
                        + today() + "."},
                {"9999-12-31", "Tjänsteutlåtandets datum kan inte ligga mer än ett år fram, efter "
                        + today().plusYears(1) + "."}}) {
            mvc.perform(post(editor).with(fixtures.as("handlaggare")).with(csrf()).param("title", "Svar på remiss")
                            .param("reportDate", refused[0]).param("summary", "Förvaltningen är positiv."))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"reportDate-error\">" + refused[1])));
        }
        assertThat(jdbc.queryForObject("select count(*) from staff_report where matter_id = ?", Long.class,
                matter.getId())).isZero();
    }
}
