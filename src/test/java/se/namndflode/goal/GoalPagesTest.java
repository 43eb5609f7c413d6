package se.namndflode.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import se.namndflode.IntegrationTest;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;

/** The goal pages: what each role sees and may do, and refusals beside their field with nothing saved. */
@IntegrationTest
class GoalPagesTest extends GoalTestSupport {

    @Autowired
    MockMvc mvc;

    String code;
    Goal goal;
    Indicator band;
    Indicator yearly;

    @BeforeEach
    void setUp() {
        code = newMunicipality();
        importFile(code, "/goal/stockholm-like.json", false);
        deployStockholmTables(code);
        goal = as(official(code), () -> goals.goals(2026).stream().filter(g -> g.getNumber().equals("1.3.1"))
                .findFirst().orElseThrow());
        band = indicator("I02");
        yearly = indicator("I03");
    }

    /**
     * Nämndmål 3.4.1 of the demo (8 assignments) read "Inget att bedöma: målet saknar indikatorer, underliggande
     * mål och uppdrag" and listed none of them; the page lists the goal's assignments and explains in Swedish.
     */
    @Test
    void theGoalPageListsTheGoalsAssignmentsAndExplainsWithoutRuleIds() throws Exception {
        Long demoGoal = jdbc.queryForObject("""
                select id from goal where municipality_code = 'stockholm' and plan_year = 2026
                and goal_number = '3.4.1'""", Long.class);
        String page = mvc.perform(get("/mal/" + demoGoal).param("period", "T1").with(as(official("stockholm"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"assignments\"").contains("Alla chefer genomför stadens e-utbildning")
                .contains("8 uppdrag, inget med avvikelse").doesNotContain("Inget att bedöma")
                .doesNotContain("goal-rating:");
        assertThat(page.split("<tr", -1).length - 1).as("rows").isGreaterThanOrEqualTo(9);
    }

    private Indicator indicator(String indicatorCode) {
        return as(official(code), () -> goals.indicators(goal).stream()
                .filter(i -> i.getCode().equals(indicatorCode)).findFirst().orElseThrow());
    }

    private static RequestPostProcessor as(SignedInUser user) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(user);
    }

    private int outcomes() {
        return jdbc.queryForObject("""
                select count(*) from outcome o join indicator i on i.id = o.indicator_id
                where i.municipality_code = ?""", Integer.class, code);
    }

    private int assessments() {
        return jdbc.queryForObject("""
                select count(*) from assessment a join goal g on g.id = a.goal_id
                where g.municipality_code = ?""", Integer.class, code);
    }

    @Test
    void theIndicatorOwnerEntersAnOutcomeInSwedishAndTheTreeShowsItWithTheProposal() throws Exception {
        mvc.perform(post("/mal/indikatorer/" + band.getId() + "/utfall/T1").with(as(official(code))).with(csrf())
                .param("value", "3,5").param("forecastValue", "3").param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/mal/" + goal.getId() + "?period=T1"));

        mvc.perform(get("/mal").param("kommun", code).param("ar", "2026").param("period", "T1")
                .with(as(official(code))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1.3.1")))
                .andExpect(content().string(containsString("3,5 dagar")))
                .andExpect(content().string(containsString("2–4 dagar (tolerans 1 dagar)")))
                .andExpect(content().string(containsString("Tas fram av nämnd")))
                .andExpect(content().string(containsString("1 av 1 indikator når årsmålet; 1 indikator mäts inte i tertial 1. Förslag: Uppfylls helt.")));

        mvc.perform(get("/mal/" + goal.getId()).param("period", "T1").with(as(official(code))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fler får stöd tidigt")))
                .andExpect(content().string(containsString("Beslut goal-rating version")))
                // The rules' ids are for machines (the API), never on the page.
                .andExpect(content().string(not(containsString("goal-rating:"))));
    }

    @Test
    void anOutcomeForAPeriodTheIndicatorDoesNotHaveIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
        mvc.perform(post("/mal/indikatorer/" + yearly.getId() + "/utfall/T1").with(as(official(code))).with(csrf())
                .param("value", "85").param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"periodCode-error\"")))
                .andExpect(content().string(containsString("Indikatorn Andel upphandlingar med cirkularitet "
                        + "redovisas inte i Tertial 1")));
        assertThat(outcomes()).isZero();
    }

    @Test
    void overridingTheProposalNeedsAJustificationAndIsMarkedForTheManager() throws Exception {
        mvc.perform(post("/mal/indikatorer/" + band.getId() + "/utfall/T1").with(as(official(code))).with(csrf())
                .param("value", "3,5").param("version", "0")).andExpect(status().is3xxRedirection());

        mvc.perform(post("/mal/" + goal.getId() + "/bedomning").with(as(official(code))).with(csrf())
                .param("periodCode", "T1").param("version", "0").param("rating", "DELVIS"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"justification-error\"")))
                .andExpect(content().string(containsString(
                        "Bedömningen avviker från förslaget (Uppfylls helt). Skriv en motivering.")));
        assertThat(assessments()).isZero();

        mvc.perform(post("/mal/" + goal.getId() + "/bedomning").with(as(official(code))).with(csrf())
                .param("periodCode", "T1").param("version", "0").param("rating", "DELVIS")
                .param("justification", "Bedömningen grundas på att väntetiderna ökar under våren."))
                .andExpect(status().is3xxRedirection());
        assertThat(assessments()).isEqualTo(1);

        mvc.perform(get("/mal/avvikelser").with(as(user(code, "chef", Role.MANAGER))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Människor får stöd i tid")))
                .andExpect(content().string(containsString("Avviker från förslaget")))
                .andExpect(content().string(containsString("väntetiderna ökar under våren")));
    }

    @Test
    void aRatingOffTheScaleIsRefusedBesideTheField() throws Exception {
        mvc.perform(post("/mal/" + goal.getId() + "/bedomning").with(as(official(code))).with(csrf())
                .param("periodCode", "T1").param("version", "0").param("rating", "KANSKE")
                .param("justification", "Bedömningen grundas på att ..."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"rating-error\"")))
                .andExpect(content().string(containsString("Bedömningen KANSKE finns inte på målnivåns skala")));
        assertThat(assessments()).isZero();
    }

    @Test
    void rolesSeeAndDoOnlyWhatIsTheirs() throws Exception {
        mvc.perform(get("/mal").param("kommun", code).with(as(user(code, "ledamot", Role.POLITICIAN))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/mal").param("kommun", code).with(as(user(code, "registrator", Role.REGISTRAR))))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/mal/forslag"))));
        mvc.perform(post("/mal/" + goal.getId() + "/bedomning").with(as(user(code, "registrator", Role.REGISTRAR)))
                .with(csrf()).param("periodCode", "T1").param("rating", "HELT"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/mal/indikatorer/" + band.getId() + "/utfall/T1")
                .with(as(user(code, "sekreterare", Role.SECRETARY)))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/mal").with(as(official(code)))).andExpect(status().isForbidden());
        mvc.perform(get("/mal").param("kommun", code).with(as(official("stockholm"))))
                .andExpect(status().isNotFound());
        assertThat(assessments()).isZero();
    }

    @Test
    void theAdministratorDryRunsAnImportAndARefusedFileSavesNothing() throws Exception {
        String other = newMunicipality();
        String file = resource("/goal/stockholm-like.json").replace("@CODE@", other);
        mvc.perform(multipart("/admin/mal/import").file(new MockMultipartFile("importFile", "mal.json",
                "application/json", file.getBytes(StandardCharsets.UTF_8))).param("dryRun", "true")
                .with(as(admin(other))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(rows("goal", other)).isZero();

        String orphan = file.replace("\"parent\": \"1.3\"", "\"parent\": \"9.9\"");
        mvc.perform(multipart("/admin/mal/import").file(new MockMultipartFile("importFile", "mal.json",
                "application/json", orphan.getBytes(StandardCharsets.UTF_8)))
                .with(as(admin(other))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"importFile-error\"")))
                .andExpect(content().string(containsString("som inte finns. Inget har importerats.")));
        assertThat(rows("goal", other)).isZero();

        mvc.perform(multipart("/admin/mal/dmn").file(new MockMultipartFile("dmnFile", "trasig.dmn",
                "application/xml", "<inte dmn".getBytes(StandardCharsets.UTF_8))).param("municipality", code)
                .with(as(admin(code))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"dmnFile-error\"")))
                .andExpect(content().string(containsString("Filen kunde inte läsas som en DMN-modell")));

        mvc.perform(multipart("/admin/mal/import").file(new MockMultipartFile("importFile", "mal.json",
                "application/json", file.getBytes(StandardCharsets.UTF_8)))
                .with(as(admin(other))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(rows("goal", other)).isEqualTo(3);
        mvc.perform(get("/admin/mal").with(as(admin(other)))).andExpect(status().isOk())
                .andExpect(content().string(containsString("KF:s inriktningsmål")));
    }
}
