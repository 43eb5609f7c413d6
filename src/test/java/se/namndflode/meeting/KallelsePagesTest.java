package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterKind;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;

/**
 * The kallelse page by role: the secretary prepares and sends it (no SMTP server is configured in the tests'
 * default context: the kallelse is sent, nothing is mailed, nothing fails); the board's members and substitutes
 * read it and download the PDF once it is sent; a politician without a seat on the day, other staff and another
 * municipality do not.
 */
@IntegrationTest
class KallelsePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    KallelseFixtures fixtures;
    @Autowired
    Meetings meetings;
    @Autowired
    Kallelse kallelse;

    private static RequestPostProcessor as(SignedInUser signedIn) {
        return user(signedIn);
    }

    private RequestPostProcessor secretary() {
        return as(fixtures.user("sekreterare"));
    }

    private static String page(Meeting meeting) {
        return "/sammantraden/" + meeting.getId() + "/kallelse";
    }

    @Test
    void theSecretarySendsTheKallelseWithoutAnSmtpServerNothingIsMailedAndNothingFails() throws Exception {
        KallelseFixtures.Board board = fixtures.board();
        Matter secret = fixtures.meetings().awaitingAgenda(board.id(), MatterKind.REPORT, "Ärendet om Hemlig", true);
        Meeting meeting = fixtures.agendaSet(board.id(), secret);
        assertThat(kallelse.mailConfigured()).isFalse();

        mvc.perform(get(page(meeting)).with(secretary())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Föredragningslista")))
                .andExpect(content().string(containsString("§ 1")))
                .andExpect(content().string(containsString(Meetings.CONFIDENTIAL_TITLE)))
                .andExpect(content().string(not(containsString("Hemlig"))))
                .andExpect(content().string(containsString("id=\"send-kallelse\"")))
                .andExpect(content().string(containsString("Ingen e-postserver är inställd")))
                // The recipients: the members and substitutes on the day, the one without an address said so.
                .andExpect(content().string(containsString(board.member().name())))
                .andExpect(content().string(containsString(board.substitute().name())))
                .andExpect(content().string(containsString("saknar e-postadress")))
                .andExpect(content().string(not(containsString(board.notSeatedOnTheDay().get(0).name()))));

        mvc.perform(post(page(meeting) + "/skicka").with(secretary()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl(page(meeting)))
                .andExpect(flash().attribute("kallelseSent", true));

        assertThat(meetings.meeting(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.KALLELSE_SENT);
        assertThat(fixtures.meetings().audits(meeting.getId(), "KALLELSE_SENT")).isEqualTo(1);
        assertThat(fixtures.meetings().audits(meeting.getId(), "KALLELSE_MAILED")).isZero();
        mvc.perform(get(page(meeting)).with(secretary())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Kallelsen är skickad.")))
                .andExpect(content().string(not(containsString("id=\"send-kallelse\""))));
    }

    @Test
    void sendingIsRefusedBeforeTheAgendaIsSetAndToAnyoneButTheSecretary() throws Exception {
        KallelseFixtures.Board board = fixtures.board();
        Meeting planned = fixtures.planned(board.id());
        mvc.perform(get(page(planned)).with(secretary())).andExpect(status().isOk())
                .andExpect(content().string(containsString("när föredragningslistan är fastställd")))
                .andExpect(content().string(not(containsString("id=\"send-kallelse\""))));
        mvc.perform(post(page(planned) + "/skicka").with(secretary()).with(csrf()))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("Kallelsen kan skickas först när föredragningslistan är "
                        + "fastställd")));
        assertThat(meetings.meeting(planned.getId()).getStatus()).isEqualTo(MeetingStatus.PLANNED);

        Meeting meeting = meetings.setAgenda(planned.getId());
        SignedInUser member = fixtures.politician(board.member());
        mvc.perform(post(page(meeting) + "/skicka").with(as(member)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(page(meeting) + "/skicka").with(as(fixtures.user("handlaggare"))).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(meetings.meeting(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.AGENDA_SET);
        assertThat(fixtures.meetings().audits(meeting.getId(), "KALLELSE_SENT")).isZero();
    }

    @Test
    void membersAndSubstitutesOnTheDayReadTheKallelseOnceItIsSentAndDownloadThePdf() throws Exception {
        KallelseFixtures.Board board = fixtures.board();
        Matter matter = fixtures.approvedMatter(board.id(), "Rapport om ekonomiskt bistånd",
                "Sammanfattning DELTA-2026 om biståndet.", false);
        Meeting meeting = fixtures.agendaSet(board.id(), matter);
        SignedInUser member = fixtures.politician(board.member());
        SignedInUser substitute = fixtures.politician(board.substitute());

        // Before it is sent, a member is told so.
        mvc.perform(get(page(meeting)).with(as(member))).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Kallelsen till sammanträdet är inte skickad än")));
        mvc.perform(get(page(meeting) + ".pdf").with(as(member))).andExpect(status().isNotFound());

        mvc.perform(post(page(meeting) + "/skicka").with(secretary()).with(csrf()))
                .andExpect(status().is3xxRedirection());

        for (SignedInUser reader : new SignedInUser[] {member, substitute}) {
            mvc.perform(get(page(meeting)).with(as(reader))).andExpect(status().isOk())
                    .andExpect(content().string(containsString("Rapport om ekonomiskt bistånd")))
                    .andExpect(content().string(containsString("kallelse.pdf")))
                    // Members see the agenda, not the secretary's send form or the recipients' addresses.
                    .andExpect(content().string(not(containsString("id=\"send-kallelse\""))))
                    .andExpect(content().string(not(containsString(board.substitute().email()))));
            byte[] pdf = mvc.perform(get(page(meeting) + ".pdf").with(as(reader))).andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                    .andReturn().getResponse().getContentAsByteArray();
            try (PDDocument document = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(document)).contains("Föredragningslista")
                        .contains("DELTA-2026");
            }
        }
    }

    @Test
    void othersAreRefused() throws Exception {
        KallelseFixtures.Board board = fixtures.board();
        Meeting meeting = fixtures.agendaSet(board.id());
        meetings.sendKallelse(meeting.getId());
        String[] paths = {page(meeting), page(meeting) + ".pdf"};

        // A politician of another board (the demo's member of Socialnämnden), and one whose seat ended before
        // the meeting's day: 403.
        SignedInUser otherBoard = fixtures.user("ledamot");
        SignedInUser former = fixtures.politician(board.notSeatedOnTheDay().get(0));
        // Staff without the secretary's role: 403 by role.
        SignedInUser caseOfficer = fixtures.user("handlaggare");
        SignedInUser registrar = fixtures.user("registrator");
        for (String path : paths) {
            for (SignedInUser refused : new SignedInUser[] {otherBoard, former, caseOfficer, registrar}) {
                mvc.perform(get(path).with(as(refused))).andExpect(status().isForbidden());
            }
        }
        mvc.perform(get(page(meeting)).with(as(otherBoard)))
                .andExpect(content().string(containsString("Kallelsen läses av nämndens ledamöter och ersättare")));

        // A secretary of another municipality: the meeting does not exist for them.
        SignedInUser otherMunicipality = fixtures.account(EnumSet.of(Role.SECRETARY), "sjostad");
        for (String path : paths) {
            mvc.perform(get(path).with(as(otherMunicipality))).andExpect(status().isNotFound());
        }
        mvc.perform(post(page(meeting) + "/skicka").with(as(otherMunicipality)).with(csrf()))
                .andExpect(status().isNotFound());
        // Not signed in: to the login page.
        mvc.perform(get(page(meeting))).andExpect(status().is3xxRedirection());
    }

    @Test
    void aMeetingThatDoesNotExistIsNotFoundAndAMalformedIdIsTheCallersMistake() throws Exception {
        mvc.perform(get("/sammantraden/999999999/kallelse").with(secretary())).andExpect(status().isNotFound());
        mvc.perform(get("/sammantraden/999999999/kallelse.pdf").with(secretary())).andExpect(status().isNotFound());
        mvc.perform(get("/sammantraden/x/kallelse").with(secretary())).andExpect(status().is4xxClientError());
    }
}
