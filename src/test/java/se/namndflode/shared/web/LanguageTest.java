package se.namndflode.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import se.namndflode.IntegrationTest;

@IntegrationTest
class LanguageTest {

    @Autowired
    MockMvc mvc;

    @Test
    void swedishIsTheDefault() throws Exception {
        mvc.perform(get("/login")).andExpect(content().string(containsString("Logga in")))
                .andExpect(content().string(containsString("lang=\"sv\"")));
    }

    @Test
    void englishCanBeChosenAndIsRemembered() throws Exception {
        Cookie chosen = mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(containsString("Sign in")))
                .andExpect(cookie().value("namndflode-lang", "en"))
                .andReturn().getResponse().getCookie("namndflode-lang");
        mvc.perform(get("/login").cookie(chosen)).andExpect(content().string(containsString("Sign in")));
    }

    @Test
    void anUnsupportedLanguageFallsBackToSwedish() throws Exception {
        mvc.perform(get("/login").param("lang", "de")).andExpect(content().string(containsString("Logga in")));
    }
}
