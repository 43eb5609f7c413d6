package se.namndflode.minutes;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.meeting.MinutesFixtures;
import se.namndflode.meeting.MinutesFixtures.HeldMeeting;

/**
 * The justering through the API: the secretary names the chair and the justerare, each signs with their own account
 * by the content's SHA-256, and the minutes lock with it; refused with a problem and a Swedish detail, nothing
 * changed: someone who is not a signatory (403), a stale hash (409 with the current one), signing twice (409), a
 * console change of justered minutes (409), a notice before justering (422), a politician posting (403), anonymous
 * callers (401).
 */
@IntegrationTest
class MinutesApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MinutesFixtures fixtures;

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).with(csrf());
    }

    private RequestPostProcessor secretary() {
        return user(fixtures.secretary());
    }

    private RequestPostProcessor politician(HeldMeeting held, String key) {
        return user(fixtures.politician(held.person(key)));
    }

    @Test
    void theChairAndTheJusterareSignThroughTheApiAndTheMinutesLockWithTheirHash() throws Exception {
        HeldMeeting held = fixtures.drafted(false);
        String url = "/api/v1/meetings/" + held.meetingId() + "/minutes";
        mvc.perform(get(url + "/justering")).andExpect(status().isUnauthorized());
        mvc.perform(json(put(url + "/signatories"), "{\"approverIds\": [" + held.person("m1") + "]}")
                .with(politician(held, "m1"))).andExpect(status().isForbidden());
        String body = mvc.perform(json(put(url + "/signatories"), "{\"approverIds\": [" + held.person("m1")
                + "], \"version\": " + fixtures.version(held) + "}").with(secretary())).andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].signatories[0].role").value("CHAIR"))
                .andExpect(jsonPath("$.versions[0].signatories[0].personId").value(held.person("s1")))
                .andExpect(jsonPath("$.versions[0].signatories[1].role").value("APPROVER"))
                .andExpect(jsonPath("$.locked").value(false))
                .andReturn().getResponse().getContentAsString();
        String hash = JsonPath.read(body, "$.contentHash");

        mvc.perform(post(url + "/notice").with(csrf()).with(secretary())).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(startsWith("Justeringen kan anslås först")));
        mvc.perform(json(post(url + "/signatures"), "{\"contentHash\": \"" + hash + "\"}")
                .with(politician(held, "sd"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(startsWith("Du är inte ordförande eller justerare")));
        mvc.perform(json(post(url + "/signatures"), "{\"contentHash\": \"" + "a".repeat(64) + "\"}")
                .with(politician(held, "s1"))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.contentHash").value(hash))
                .andExpect(jsonPath("$.detail").value(startsWith("Protokollet har ändrats")));
        mvc.perform(json(post(url + "/signatures"), "{\"contentHash\": \"" + hash + "\"}")
                .with(politician(held, "s1"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.versions[0].signatories[0].contentHash").value(hash))
                .andExpect(jsonPath("$.locked").value(false));
        mvc.perform(json(post(url + "/signatures"), "{\"contentHash\": \"" + hash + "\"}")
                .with(politician(held, "s1"))).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(startsWith("Du har redan justerat")));
        mvc.perform(json(post(url + "/signatures"), "{\"contentHash\": \"" + hash + "\"}")
                .with(politician(held, "m1"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.locked").value(true))
                .andExpect(jsonPath("$.status").value("JUSTERED"))
                .andExpect(jsonPath("$.versions[0].contentHash").value(hash));

        mvc.perform(json(post("/api/v1/meetings/" + held.meetingId() + "/paragraphs/" + held.paragraph(5)
                + "/statements"), "{\"version\": 0, \"persons\": [" + held.person("c") + "], \"text\": \"Sent.\"}")
                .with(secretary())).andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(startsWith("Protokollet från sammanträdet")));
        mvc.perform(post(url + "/notice").with(csrf()).with(politician(held, "s1")))
                .andExpect(status().isForbidden());
        mvc.perform(post(url + "/notice").with(csrf()).with(secretary())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.paragraphs").doesNotExist())
                .andExpect(jsonPath("$.appealEndsOn").isNotEmpty());
        mvc.perform(get(url + "/justering").with(secretary())).andExpect(status().isOk())
                .andExpect(jsonPath("$.notices.length()").value(1))
                .andExpect(jsonPath("$.versions[0].lockedAt").isNotEmpty());
    }

    @Test
    void versionsSignaturesExtractsAndNoticesAreReadableWithRolesAndProblems() throws Exception {
        HeldMeeting held = fixtures.drafted(true);
        String url = "/api/v1/meetings/" + held.meetingId() + "/minutes";
        String hash = JsonPath.read(mvc.perform(json(put(url + "/signatories"), "{\"approverIds\": ["
                + held.person("m1") + "], \"version\": " + fixtures.version(held) + "}").with(secretary()))
                .andReturn().getResponse().getContentAsString(),
                "$.contentHash");
        for (String key : new String[] {"s1", "m1"}) {
            mvc.perform(json(post(url + "/signatures"), "{\"contentHash\": \"" + hash + "\"}")
                    .with(politician(held, key))).andExpect(status().isOk());
        }
        mvc.perform(post(url + "/notice").with(csrf()).with(secretary())).andExpect(status().isCreated());
        mvc.perform(json(post(url + "/corrections"), "{\"correction\": \"Fel årtal i beslutet.\", \"paragraphIds\": ["
                + held.paragraph(5) + "]}").with(secretary())).andExpect(status().isCreated())
                .andExpect(jsonPath("$.versions[1].correctedParagraphs").value("§ 5"));

        mvc.perform(get(url + "/signatures").with(politician(held, "sd"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[0].version").value(1)).andExpect(jsonPath("$[0].signed").value(true))
                .andExpect(jsonPath("$[0].contentHash").value(hash))
                .andExpect(jsonPath("$[2].version").value(2)).andExpect(jsonPath("$[2].signed").value(false));
        mvc.perform(get(url + "/versions").with(secretary())).andExpect(status().isOk())
                .andExpect(jsonPath("$[0].locked").value(true)).andExpect(jsonPath("$[1].locked").value(false));
        mvc.perform(get(url + "/versions/1/document").with(secretary())).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.correction").doesNotExist());
        mvc.perform(get(url + "/versions/2/document").with(secretary())).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(2))
                .andExpect(jsonPath("$.correction.paragraphs").value("§ 5"))
                .andExpect(jsonPath("$.correction.note").value("Fel årtal i beslutet."));
        mvc.perform(get(url + "/versions/1/document.pdf").with(secretary())).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType("application/pdf"));
        mvc.perform(get(url + "/versions/9/document").with(secretary())).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Protokollet har ingen version 9."));
        mvc.perform(get(url + "/extracts/" + held.paragraph(6)).with(secretary())).andExpect(status().isOk())
                .andExpect(jsonPath("$.immediatelyJustered").value(true));
        mvc.perform(get(url + "/notices").with(secretary())).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].paragraphs").value("§ 6"));
        mvc.perform(get(url + "/signatures")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/meetings/987654321/minutes/signatures").with(secretary()))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.detail").isNotEmpty());
    }
}
