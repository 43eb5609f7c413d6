package se.namndflode.goal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import se.namndflode.IntegrationTest;
import se.namndflode.shared.security.Role;

/** The goal API: the model, outcomes, proposals and assessments, with RFC 9457 refusals in Swedish. */
@IntegrationTest
class GoalApiTest extends GoalTestSupport {

    @Autowired
    MockMvc mvc;

    @Test
    void readsTheModelEntersAnOutcomeAndAssessesWithProblemsForRefusals() throws Exception {
        String code = newMunicipality();
        importFile(code, "/goal/stockholm-like.json", false);
        deployStockholmTables(code);
        var official = signedIn(official(code));
        Goal goal = as(official(code), () -> goals.goals(2026).stream()
                .filter(g -> g.getNumber().equals("1.3.1")).findFirst().orElseThrow());
        Indicator waiting = as(official(code), () -> goals.indicators(goal).stream()
                .filter(i -> i.getCode().equals("I02")).findFirst().orElseThrow());
        Indicator yearly = as(official(code), () -> goals.indicators(goal).stream()
                .filter(i -> i.getCode().equals("I03")).findFirst().orElseThrow());

        mvc.perform(get("/api/v1/goals/model/" + code).with(official)).andExpect(status().isOk())
                .andExpect(jsonPath("$.levels[0].name").value("KF:s inriktningsmål"))
                .andExpect(jsonPath("$.levels[2].ratings[1].label").value("Uppfylls delvis"))
                .andExpect(jsonPath("$.periods[0].code").value("T1"))
                .andExpect(jsonPath("$.decisions.length()").value(2));

        mvc.perform(put("/api/v1/goals/indicators/" + yearly.getId() + "/outcomes/T1").with(official).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 85}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.type").value("https://namndflode.se/problem/goal-outcome-periodNotOfIndicator"))
                .andExpect(jsonPath("$.detail").value("Indikatorn Andel upphandlingar med cirkularitet redovisas "
                        + "inte i Tertial 1. Välj en period som indikatorn mäts i."))
                .andExpect(jsonPath("$.field").value("periodCode"));

        mvc.perform(put("/api/v1/goals/indicators/" + waiting.getId() + "/outcomes/T1").with(official).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"value\": 3.5}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.shown").value("3,5 dagar"));

        mvc.perform(get("/api/v1/goals/" + goal.getId() + "/proposals/T1").with(official))
                .andExpect(status().isOk()).andExpect(jsonPath("$.rating").value("HELT"))
                .andExpect(jsonPath("$.decisionKey").value("goal-rating"))
                .andExpect(jsonPath("$.matchedRules[0]").value("goal-rating:allMet"))
                .andExpect(jsonPath("$.explanation").value("1 av 1 indikator når årsmålet; 1 indikator mäts inte i tertial 1. Förslag: Uppfylls helt."));

        mvc.perform(put("/api/v1/goals/" + goal.getId() + "/assessments/T1").with(official).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"rating\": \"INTE\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.detail").value(
                        "Bedömningen avviker från förslaget (Uppfylls helt). Skriv en motivering."));

        mvc.perform(put("/api/v1/goals/" + goal.getId() + "/assessments/T1").with(official).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"rating\": \"DELVIS\", \"justification\": \"Bedömningen grundas på att ...\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.deviates").value(true))
                .andExpect(jsonPath("$.label").value("Uppfylls delvis"));

        mvc.perform(get("/api/v1/goals/assessments/deviating").with(signedIn(user(code, "chef", Role.MANAGER))))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].proposedRating").value("HELT"));
    }

    @Test
    void aPoliticianMayNotEnterOutcomesAndAnotherMunicipalitysGoalIsNotFound() throws Exception {
        String code = newMunicipality();
        importFile(code, "/goal/stockholm-like.json", false);
        Goal goal = as(official(code), () -> goals.goals(2026).get(0));
        mvc.perform(put("/api/v1/goals/" + goal.getId() + "/assessments/T1")
                .with(signedIn(user(code, "ledamot", Role.POLITICIAN))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"rating\": \"HELT\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/goals/" + goal.getId()).with(signedIn(official("stockholm"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/goals/" + goal.getId())).andExpect(status().isUnauthorized());
    }

    static org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(
            se.namndflode.shared.security.SignedInUser user) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(user);
    }
}
