package se.namndflode.shared.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.IntegrationTest;
import se.namndflode.MovableClock;
import se.namndflode.organisation.AccountForm;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.Organisation;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LoginTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    Organisation organisation;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String newAccount(String password) {
        String username = "test-" + UUID.randomUUID().toString().substring(0, 8);
        Long stockholm = jdbc.queryForObject("select id from municipality where code = 'stockholm'", Long.class);
        AccountForm form = new AccountForm();
        form.setUsername(username);
        form.setDisplayName("Test Testsson");
        form.setPassword(password);
        form.setRoles(EnumSet.of(Role.CASE_OFFICER));
        form.setMunicipalityIds(Set.of(stockholm));
        transaction.executeWithoutResult(status -> accounts.save(form));
        return username;
    }

    private long auditCount(String username, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = ?", Long.class,
                username, action);
    }

    @Test
    void passwordsAreStoredAsBcryptHashesAndNeverLogged(CapturedOutput output) throws Exception {
        String password = "klartext-" + UUID.randomUUID();
        String username = newAccount(password);
        mvc.perform(formLogin("/login").user(username).password(password)).andExpect(authenticated());
        mvc.perform(formLogin("/login").user(username).password(password + "x")).andExpect(unauthenticated());

        String hash = jdbc.queryForObject("select password_hash from user_account where username = ?", String.class,
                username);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(password);
        assertThat(output.getAll()).doesNotContain(password);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where details like ? or summary like ?",
                Long.class, "%" + password + "%", "%" + password + "%")).isZero();
    }

    @Test
    void signInAndFailedSignInAreAudited() throws Exception {
        String username = newAccount("ratt-losenord-1");
        mvc.perform(formLogin("/login").user(username).password("fel-losenord")).andExpect(unauthenticated());
        mvc.perform(formLogin("/login").user(username).password("ratt-losenord-1")).andExpect(authenticated());
        assertThat(auditCount(username, "LOGIN_FAILED")).isEqualTo(1);
        assertThat(auditCount(username, "LOGIN")).isEqualTo(1);
    }

    @Test
    void fiveFailedSignInsLockTheAccountForAQuarterOfAnHour() throws Exception {
        String username = newAccount("ratt-losenord-2");
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("fel-" + attempt)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user(username).password("ratt-losenord-2")).andExpect(unauthenticated());

        clock.advance(Duration.ofMinutes(16));
        mvc.perform(formLogin("/login").user(username).password("ratt-losenord-2")).andExpect(authenticated());
    }

    @Test
    void failuresFromOneAddressDoNotLockTheAccountOutFromAnother() throws Exception {
        String username = newAccount("ratt-losenord-4");
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(login(username, "fel-" + attempt, "203.0.113.66"))
                    .andExpect(unauthenticated());
        }
        mvc.perform(login(username, "ratt-losenord-4", "203.0.113.66"))
                .andExpect(unauthenticated());
        // The stranger cannot lock the owner out: from the owner's own address the right password works.
        mvc.perform(login(username, "ratt-losenord-4", "198.51.100.7"))
                .andExpect(authenticated());
        assertThat(auditCount(username, "LOGIN_FAILED")).isEqualTo(5);
    }

    @Test
    void wrongBasicPasswordsAgainstTheEngineApiDoNotLockAnAdministratorOut() throws Exception {
        String username = newAccount("ratt-losenord-5");
        for (int attempt = 0; attempt < 6; attempt++) {
            mvc.perform(get("/engine-rest/engine").with(httpBasic(username, "fel-" + attempt))
                    .with(from("203.0.113.99"))).andExpect(status().isUnauthorized());
        }
        mvc.perform(login(username, "ratt-losenord-5", "198.51.100.8"))
                .andExpect(authenticated());
    }

    /** The login form posted from a client address (what the throttle counts by). */
    private static MockHttpServletRequestBuilder login(String username, String password, String address) {
        return post("/login").param("username", username).param("password", password).with(csrf())
                .with(from(address));
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void fewerThanFiveFailuresDoNotLock() throws Exception {
        String username = newAccount("ratt-losenord-3");
        for (int attempt = 0; attempt < 4; attempt++) {
            mvc.perform(formLogin("/login").user(username).password("fel-" + attempt)).andExpect(unauthenticated());
        }
        mvc.perform(formLogin("/login").user(username).password("ratt-losenord-3")).andExpect(authenticated());
    }
}
