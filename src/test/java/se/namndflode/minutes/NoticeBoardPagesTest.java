package se.namndflode.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.namndflode.IntegrationTest;
import se.namndflode.MovableClock;
import se.namndflode.SignedIn;
import se.namndflode.meeting.MinutesFixtures;
import se.namndflode.meeting.MinutesFixtures.HeldMeeting;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * The public anslagstavla without login: the notice of justered minutes and of a paragraph justered at the meeting,
 * on the page, the notice's own page, the JSON feed and the Atom feed, each with the day of posting, the last day to
 * appeal and the day it comes down; a notice that has come down is in the archive; the rest of the API stays closed.
 */
@IntegrationTest
class NoticeBoardPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MinutesFixtures fixtures;
    @Autowired
    MinutesApproval approval;
    @Autowired
    NoticeBoard noticeBoard;
    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<Notice> postedNotices() {
        HeldMeeting held = fixtures.drafted(true);
        MinutesApproval.State named = SignedIn.as(fixtures.secretary(),
                () -> approval.setSignatories(held.meetingId(), approval.state(held.meetingId()).meetingVersion(),
                        null, List.of(held.person("m1"))));
        SignedIn.as(fixtures.politician(held.person("s1")), () -> approval.sign(held.meetingId(), named.contentHash()));
        SignedIn.as(fixtures.politician(held.person("m1")), () -> approval.sign(held.meetingId(), named.contentHash()));
        SignedIn.as(fixtures.secretary(), () -> noticeBoard.post(held.meetingId()));
        return SignedIn.as(fixtures.secretary(), () -> noticeBoard.ofMeeting(held.meetingId()));
    }

    @Test
    void theNoticesAreOnThePublicBoardAndInBothFeedsWithTheLastDayToAppeal() throws Exception {
        List<Notice> notices = postedNotices();
        assertThat(notices).hasSize(2);
        Notice paragraph = notices.get(0);
        Notice minutes = notices.get(1);
        assertThat(paragraph.getParagraphs()).isEqualTo("§ 6");
        assertThat(minutes.isPartial()).isFalse();

        // Each municipality has its own anslagstavla (KL 8 kap. 9 §): the board's address chooses among them.
        mvc.perform(get("/anslagstavla")).andExpect(status().isOk())
                .andExpect(content().string(containsString("/anslagstavla/stockholm")));
        mvc.perform(get("/anslagstavla/stockholm")).andExpect(status().isOk())
                .andExpect(content().string(containsString(minutes.getBoardName())))
                .andExpect(content().string(containsString("§ 6")))
                .andExpect(content().string(containsString(minutes.getAppealEndsOn().toString())))
                .andExpect(content().string(containsString("/anslagstavla/" + minutes.getId())));
        mvc.perform(get("/anslagstavla/{id}", minutes.getId())).andExpect(status().isOk())
                .andExpect(content().string(containsString(minutes.getKeptAt())))
                .andExpect(content().string(containsString(minutes.getPostedOn().toString())))
                .andExpect(content().string(containsString(minutes.getComesDownOn().toString())))
                .andExpect(content().string(containsString("Sista dag att överklaga")));
        mvc.perform(get("/anslagstavla/stockholm.json")).andExpect(status().isOk())
                .andExpect(jsonPath("$.municipality.code").value("stockholm"))
                .andExpect(jsonPath("$.current[*].id", hasItem(minutes.getId().intValue())))
                .andExpect(jsonPath("$.current[?(@.id == " + minutes.getId() + ")].appealEndsOn",
                        hasItem(minutes.getAppealEndsOn().toString())))
                .andExpect(jsonPath("$.current[?(@.id == " + paragraph.getId() + ")].paragraphs", hasItem("§ 6")))
                .andExpect(jsonPath("$.current[?(@.id == " + minutes.getId() + ")].board.name",
                        hasItem(minutes.getBoardName())));
        mvc.perform(get("/api/v1/notices/{id}", minutes.getId())).andExpect(status().isOk())
                .andExpect(jsonPath("$.keptAt").value(minutes.getKeptAt()))
                .andExpect(jsonPath("$.postedOn").value(minutes.getPostedOn().toString()));
        mvc.perform(get("/api/v1/notices").param("municipality", "stockholm")).andExpect(status().isOk())
                .andExpect(jsonPath("$.current[*].id", hasItem(minutes.getId().intValue())));
        mvc.perform(get("/anslagstavla/stockholm.atom")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/atom+xml"))
                .andExpect(content().string(containsString("urn:namndflode:anslag:" + minutes.getId())))
                .andExpect(content().string(containsString("Sista dag att överklaga " + minutes.getAppealEndsOn())));
    }

    @Test
    void theNoticeLinksToThePublicMinutesAndTheExtractReadableWithoutLogin() throws Exception {
        List<Notice> notices = postedNotices();
        Notice paragraph = notices.get(0);
        Notice minutes = notices.get(1);
        mvc.perform(get("/anslagstavla/{id}", minutes.getId()))
                .andExpect(content().string(containsString("/anslagstavla/" + minutes.getId() + "/protokoll")));
        mvc.perform(get("/anslagstavla.json").param("municipality", "stockholm"))
                .andExpect(jsonPath("$.current[?(@.id == " + minutes.getId() + ")].minutesUrl",
                        hasItem("/anslagstavla/" + minutes.getId() + "/protokoll")));
        mvc.perform(get("/anslagstavla/{id}/protokoll", minutes.getId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Socialnämnden godkänner förvaltningens svar.")))
                .andExpect(content().string(containsString("Socialnämnden antar programmet.")));
        mvc.perform(get("/anslagstavla/{id}/protokoll", paragraph.getId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Socialnämnden antar programmet.")))
                .andExpect(content().string(not(containsString("Socialnämnden godkänner förvaltningens svar."))));
        mvc.perform(get("/anslagstavla/{id}/protokoll.pdf", minutes.getId())).andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/anslagstavla/{id}/protokoll", 987654321L)).andExpect(status().isNotFound());
    }

    @Test
    void aNoticeThatHasComeDownIsInTheArchiveNotAmongTheCurrent() throws Exception {
        Notice minutes = postedNotices().get(1);
        clock.setInstant(minutes.getComesDownOn().atTime(9, 0).atZone(WorkingDayCalendar.STOCKHOLM).toInstant());
        mvc.perform(get("/anslagstavla/stockholm.json").param("size", "100")).andExpect(status().isOk())
                .andExpect(jsonPath("$.current[*].id", not(hasItem(minutes.getId().intValue()))))
                .andExpect(jsonPath("$.archive.notices[*].id", hasItem(minutes.getId().intValue())));
        mvc.perform(get("/anslagstavla/{id}", minutes.getId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("nedtaget")));
    }

    @Test
    void eachMunicipalityHasItsOwnBoardAndAFeedWithoutOneIsRefusedNamingThem() throws Exception {
        Notice minutes = postedNotices().get(1);
        List<String> others = noticeBoard.municipalities().stream().map(one -> one.getCode())
                .filter(code -> !code.equals("stockholm")).toList();
        assertThat(others).as("the test data has more than one municipality").isNotEmpty();
        for (String other : others) {
            mvc.perform(get("/anslagstavla/{code}", other)).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("/anslagstavla/" + minutes.getId() + "\""))));
            mvc.perform(get("/anslagstavla/{code}.json", other)).andExpect(status().isOk())
                    .andExpect(jsonPath("$.municipality.code").value(other))
                    .andExpect(jsonPath("$.current[*].id", not(hasItem(minutes.getId().intValue()))));
            mvc.perform(get("/anslagstavla/{code}.atom", other)).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("urn:namndflode:anslag:" + minutes.getId()))));
        }
        mvc.perform(get("/anslagstavla.json")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.field").value("municipality"))
                .andExpect(jsonPath("$.detail", containsString("stockholm")));
        mvc.perform(get("/api/v1/notices")).andExpect(status().isUnprocessableEntity());
        mvc.perform(get("/anslagstavla/ingenkommun")).andExpect(status().isNotFound());
        mvc.perform(get("/anslagstavla/ingenkommun.json")).andExpect(status().isNotFound());
    }

    @Test
    void thePublicMinutesAreServedToASignedInVisitorWhoMayNotReadTheMeeting() throws Exception {
        Notice minutes = postedNotices().get(1);
        // A politician of Stockholm without a seat on this board may not read the meeting's own pages...
        se.namndflode.shared.security.SignedInUser outsider = fixtures.politician(987654321L);
        mvc.perform(get("/sammantraden/{id}/protokoll", minutes.getMeetingId()).with(user(outsider)))
                .andExpect(status().isNotFound());
        // ...but the posted notice's public minutes are public by design, whoever is signed in.
        mvc.perform(get("/anslagstavla/{id}/protokoll", minutes.getId()).with(user(outsider)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Socialnämnden antar programmet.")));
        mvc.perform(get("/anslagstavla/{id}/protokoll.pdf", minutes.getId()).with(user(outsider)))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"));
    }

    @Test
    void onlyTheBoardIsPublicAMissingNoticeIsNotFoundAndTheRestOfTheApiStaysClosed() throws Exception {
        mvc.perform(get("/anslagstavla/{id}", 987654321L)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/notices/{id}", 987654321L)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/meetings")).andExpect(status().isUnauthorized());
        mvc.perform(get("/sammantraden")).andExpect(status().isFound());
    }
}
