package se.namndflode.minutes;

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

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.SignedIn;
import se.namndflode.meeting.MinutesFixtures;
import se.namndflode.meeting.MinutesFixtures.HeldMeeting;

/**
 * The justering page: the secretary names the chair and the justerare; each signs in turn with their own account
 * from the form carrying the content's hash; the page then shows the minutes locked with that hash, and the
 * secretary posts the notice. Refused above the page, nothing changed: a stale form (another hash), someone who is
 * not a signatory, a second signature.
 */
@IntegrationTest
class MinutesApprovalPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MinutesFixtures fixtures;
    @Autowired
    MinutesApproval approval;

    private RequestPostProcessor politician(HeldMeeting held, String key) {
        return user(fixtures.politician(held.person(key)));
    }

    @Test
    void theChairAndTheJusterareSignInTurnOnThePageAndTheMinutesLockShowingTheirHash() throws Exception {
        HeldMeeting held = fixtures.drafted(false);
        String page = "/sammantraden/" + held.meetingId() + "/protokoll/justering";
        String base = "/sammantraden/" + held.meetingId() + "/protokoll";
        mvc.perform(get("/sammantraden/{id}", held.meetingId()).with(user(fixtures.secretary())))
                .andExpect(content().string(containsString(page)));
        mvc.perform(post(base + "/justerare").param("approverIds", held.person("m1").toString())
                .with(politician(held, "m1")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post(base + "/justerare").param("approverIds", held.person("m1").toString())
                .param("version", String.valueOf(fixtures.version(held)))
                .with(user(fixtures.secretary())).with(csrf())).andExpect(redirectedUrl(page));
        String hash = SignedIn.as(fixtures.secretary(), () -> approval.state(held.meetingId())).contentHash();

        mvc.perform(get(page).with(politician(held, "s1"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("sign-form")))
                .andExpect(content().string(containsString(hash)));
        mvc.perform(get(page).with(politician(held, "sd"))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("sign-form"))));
        mvc.perform(post(base + "/underskrift").param("contentHash", "b".repeat(64)).with(politician(held, "s1"))
                .with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Protokollet har ändrats sedan du öppnade det")));
        mvc.perform(post(base + "/underskrift").param("contentHash", hash).with(politician(held, "sd"))
                .with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Du är inte ordförande eller justerare")));
        mvc.perform(post(base + "/underskrift").param("contentHash", hash).with(politician(held, "s1"))
                .with(csrf())).andExpect(redirectedUrl(page));
        mvc.perform(post(base + "/underskrift").param("contentHash", hash).with(politician(held, "s1"))
                .with(csrf())).andExpect(status().isOk())
                .andExpect(content().string(containsString("Du har redan justerat protokollet")));
        mvc.perform(post(base + "/underskrift").param("contentHash", hash).with(politician(held, "m1"))
                .with(csrf())).andExpect(redirectedUrl(page));

        mvc.perform(get(page).with(user(fixtures.secretary()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Justerat och låst")))
                .andExpect(content().string(containsString("locked-hash\">" + hash)))
                .andExpect(content().string(containsString("post-form")));
        mvc.perform(post(base + "/anslag").with(user(fixtures.secretary())).with(csrf()))
                .andExpect(redirectedUrl(page));
        mvc.perform(get(page).with(user(fixtures.secretary()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("sista dag att överklaga")))
                .andExpect(content().string(not(containsString("post-form"))));
        assertThat(SignedIn.as(fixtures.secretary(), () -> approval.state(held.meetingId())).isLocked()).isTrue();
    }

    @Test
    void theSecretaryBeginsACorrectionNamingItsParagraphAndTheMinutesPrintWhatItCorrects() throws Exception {
        HeldMeeting held = fixtures.drafted(false);
        String base = "/sammantraden/" + held.meetingId() + "/protokoll";
        MinutesApproval.State named = SignedIn.as(fixtures.secretary(),
                () -> approval.setSignatories(held.meetingId(), approval.state(held.meetingId()).meetingVersion(),
                        null, List.of(held.person("m1"))));
        for (String key : List.of("s1", "m1")) {
            SignedIn.as(fixtures.politician(held.person(key)), () -> approval.sign(held.meetingId(),
                    named.contentHash()));
        }
        mvc.perform(get(base + "/justering").with(user(fixtures.secretary()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"paragraphIds\" value=\"" + held.paragraph(5))));
        // A stale or empty correction form changes nothing.
        mvc.perform(post(base + "/rattelse").param("correction", " ").with(user(fixtures.secretary())).with(csrf()))
                .andExpect(status().isOk());
        assertThat(SignedIn.as(fixtures.secretary(), () -> approval.state(held.meetingId())).versions()).hasSize(1);

        mvc.perform(post(base + "/rattelse").param("correction", "Beslutet gäller från 1 januari.")
                .param("paragraphIds", held.paragraph(5).toString()).with(user(fixtures.secretary())).with(csrf()))
                .andExpect(redirectedUrl(base + "/justering"));
        mvc.perform(get(base + "/justering").with(user(fixtures.secretary()))).andExpect(status().isOk())
                .andExpect(content().string(containsString(", version 1, § 5: Beslutet gäller från 1 januari.")));
        mvc.perform(get(base).with(user(fixtures.secretary()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Rättelse av Protokoll nr")))
                .andExpect(content().string(containsString(", version 1, § 5: Beslutet gäller från 1 januari.")));
    }
}
