package se.namndflode.shared.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import se.namndflode.IntegrationTest;

@IntegrationTest
class SecurityTest {

    static final String DEMO_PASSWORD = "namndflode";

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("http://localhost/login"));
        mvc.perform(get("/namnder")).andExpect(status().isFound());
        mvc.perform(get("/camunda/app/cockpit/default/")).andExpect(status().isFound());
    }

    @Test
    void theLoginPageAndAssetsArePublic() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk());
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
    }

    @Test
    void anonymousApiCallsGet401NotARedirect() throws Exception {
        mvc.perform(get("/api/v1/boards")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/docs")).andExpect(status().isUnauthorized());
    }

    @Test
    void demoUsersSignInWithTheirPassword() throws Exception {
        mvc.perform(formLogin("/login").user("sekreterare").password(DEMO_PASSWORD))
                .andExpect(authenticated().withUsername("sekreterare").withRoles("SECRETARY"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user("sekreterare").password("fel-losenord"))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/start/admin", "/admin", "/admin/partier", "/admin/logg", "/camunda/app/cockpit/default/",
            "/camunda/app/tasklist/default/", "/camunda/api/engine/engine/default/process-definition"})
    @WithUserDetails("handlaggare")
    void aCaseOfficerIsRefusedAdministrationAndTheCamundaWebapps(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/start/handlaggare", "/start/sekreterare", "/start/chef", "/start/ledamot"})
    @WithUserDetails("registrator")
    void eachStartPageNeedsItsRole(String path) throws Exception {
        mvc.perform(get(path)).andExpect(status().isForbidden());
    }

    @Test
    @WithUserDetails("handlaggare")
    void eachRoleLandsOnItsOwnStartPage() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/start/handlaggare"));
        mvc.perform(get("/start/handlaggare")).andExpect(status().isOk());
    }

    @Test
    @WithUserDetails("admin")
    void formPostsWithoutTheCsrfTokenAreRefused() throws Exception {
        mvc.perform(post("/admin/partier").param("code", "X").param("name", "Partiet X"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theEngineRestApiRefusesAnonymousCallersAndNonAdministrators() throws Exception {
        mvc.perform(get("/engine-rest/engine")).andExpect(status().isUnauthorized());
        mvc.perform(get("/engine-rest/engine").with(httpBasic("handlaggare", DEMO_PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/engine-rest/engine").with(httpBasic("admin", "fel-losenord")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theEngineRestApiNeedsNoCsrfTokenButStillAuthentication() throws Exception {
        mvc.perform(post("/engine-rest/message").contentType("application/json").content("{}"))
                .andExpect(status().isUnauthorized());
    }
}
