package se.namndflode.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import se.namndflode.IntegrationTest;
import se.namndflode.Interleaving;
import se.namndflode.MunicipalityFixtures;
import se.namndflode.SignedIn;
import se.namndflode.meeting.Meetings;
import se.namndflode.meeting.MinutesFixtures;
import se.namndflode.meeting.MinutesFixtures.HeldMeeting;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.shared.security.Role;

/**
 * Two secretaries name who justers the minutes (the chair and the justerare) at once, each from the meeting as they
 * saw it (its version): through the API, on the justering page, and at the very same moment. The first one's choice
 * stands; the second is refused (409; on the page with the Swedish reason, the justering as it is now and the
 * version now) and nothing of theirs is saved, nor audited. Naming them without a version is a bad request.
 */
@IntegrationTest
class SignatoriesConcurrencyTest {

    static final String PROBLEM = "https://namndflode.se/problem/";
    static final String CHANGED = "Någon annan har ändrat sammanträdet med ";

    @Autowired
    MockMvc mvc;
    @Autowired
    MinutesFixtures fixtures;
    @Autowired
    MinutesApproval approval;
    @Autowired
    Accounts accounts;
    @Autowired
    OrganisationAdmin admin;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    HeldMeeting held;
    /** A second secretary of Stockholm, who works from the same page as the first. */
    String other;

    @BeforeEach
    void draftedMinutesAndTwoSecretaries() {
        held = fixtures.drafted(false);
        other = new MunicipalityFixtures(admin, accounts).account("sekreterare." + MunicipalityFixtures.letters(8),
                EnumSet.of(Role.SECRETARY), Set.of(jdbc.queryForObject(
                        "select id from municipality where code = 'stockholm'", Long.class)));
    }

    RequestPostProcessor first() {
        return user(fixtures.secretary());
    }

    RequestPostProcessor second() {
        return user(accounts.loadUserByUsername(other));
    }

    List<String> audit() {
        return jdbc.queryForList("select action from audit_event where entity_type = ? and entity_id = ? order by id",
                String.class, Meetings.ENTITY, held.meetingId().toString());
    }

    static List<String> plus(List<String> events, String added) {
        List<String> all = new ArrayList<>(events);
        all.add(added);
        return all;
    }

    /** The persons named on the current version of the minutes, in order (none before the first naming). */
    List<Long> named() {
        return SignedIn.as(fixtures.secretary(), () -> approval.state(held.meetingId())).current()
                .map(version -> version.getSignatories().stream().map(MinutesSignatory::getPersonId).toList())
                .orElse(List.of());
    }

    String api() {
        return "/api/v1/meetings/" + held.meetingId() + "/minutes/signatories";
    }

    String base() {
        return "/sammantraden/" + held.meetingId() + "/protokoll";
    }

    MockHttpServletRequestBuilder name(String approver, Long version) {
        return put(api()).contentType(MediaType.APPLICATION_JSON).with(csrf()).content("{\"approverIds\": ["
                + held.person(approver) + "]" + (version == null ? "" : ", \"version\": " + version) + "}");
    }

    @Test
    void theApiRefusesTheSecondChoiceFromTheSameVersionAndGivesTheFirst() throws Exception {
        long seen = fixtures.version(held);
        List<String> before = audit();

        mvc.perform(name("m1", seen).with(first())).andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(fixtures.version(held)));
        long now = fixtures.version(held);
        assertThat(now).isGreaterThan(seen);
        mvc.perform(name("c", seen).with(second()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEM + "concurrent-change"))
                .andExpect(jsonPath("$.detail").value(containsString(CHANGED)))
                .andExpect(jsonPath("$.detail").value(containsString("din ändring är inte sparad")))
                .andExpect(jsonPath("$.current.version").value(now))
                .andExpect(jsonPath("$.current.versions[0].signatories[1].personId").value(held.person("m1")));

        assertThat(named()).containsExactly(held.person("s1"), held.person("m1"));
        assertThat(fixtures.version(held)).isEqualTo(now);
        assertThat(audit()).isEqualTo(plus(before, "MINUTES_SIGNATORIES"));
    }

    @Test
    void theSecondSecretaryOnTheJusteringPageIsToldAndSeesTheFirstOnesChoice() throws Exception {
        String page = base() + "/justering";
        String seen = String.valueOf(fixtures.version(held));
        mvc.perform(get(page).with(second()))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + seen + "\"")));
        List<String> before = audit();

        mvc.perform(post(base() + "/justerare").param("approverIds", held.person("m1").toString())
                .param("version", seen).with(first()).with(csrf())).andExpect(redirectedUrl(page));
        String now = String.valueOf(fixtures.version(held));
        mvc.perform(post(base() + "/justerare").param("approverIds", held.person("c").toString())
                        .param("version", seen).with(second()).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString(CHANGED)))
                .andExpect(content().string(containsString("din ändring är inte sparad")))
                .andExpect(content().string(containsString("name=\"version\" value=\"" + now + "\"")))
                .andExpect(content().string(not(containsString("name=\"version\" value=\"" + seen + "\""))));

        assertThat(named()).containsExactly(held.person("s1"), held.person("m1"));
        assertThat(audit()).isEqualTo(plus(before, "MINUTES_SIGNATORIES"));
    }

    @Test
    void namingTheSignatoriesWithoutAVersionIsABadRequestAndChangesNothing() throws Exception {
        long seen = fixtures.version(held);
        List<String> before = audit();

        mvc.perform(name("m1", null).with(first()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(PROBLEM + "version-required"))
                .andExpect(jsonPath("$.field").value("version"))
                .andExpect(jsonPath("$.detail").value(containsString("Ange vilken version du utgick från")));
        mvc.perform(post(base() + "/justerare").param("approverIds", held.person("m1").toString())
                        .with(first()).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Ange vilken version du utgick från")));
        // Who may not name them is told so first, with or without a version.
        mvc.perform(name("m1", null).with(user(fixtures.politician(held.person("m1")))))
                .andExpect(status().isForbidden());

        assertThat(named()).isEmpty();
        assertThat(fixtures.version(held)).isEqualTo(seen);
        assertThat(audit()).isEqualTo(before);
    }

    /**
     * The first secretary's choice is written and held uncommitted (the meeting's row locked, version 1 of the
     * minutes inserted) while the second one's request, from the same version, runs: it waits for the first, then
     * is refused naming the first's choice.
     */
    @Test
    void theSecondOfTwoSimultaneousChoicesWaitsForTheFirstAndIsRefused() throws Exception {
        long seen = fixtures.version(held);
        List<String> before = audit();

        Interleaving.whileUncommitted(transactions,
                () -> SignedIn.as(fixtures.secretary(), () -> approval.setSignatories(held.meetingId(), seen, null,
                        List.of(held.person("m1")))),
                () -> mvc.perform(name("c", seen).with(second())))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(PROBLEM + "concurrent-change"))
                .andExpect(jsonPath("$.current.versions[0].signatories[1].personId").value(held.person("m1")));

        assertThat(named()).containsExactly(held.person("s1"), held.person("m1"));
        assertThat(audit()).isEqualTo(plus(before, "MINUTES_SIGNATORIES"));
    }
}
