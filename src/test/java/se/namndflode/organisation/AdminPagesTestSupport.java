package se.namndflode.organisation;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;

/**
 * What the admin page tests share: a municipality of each test's own with an administrator who belongs only
 * to it (so tests neither depend on nor disturb the demo data or each other), records made through the
 * domain, form posts as that administrator, and reading a field's error message out of the page.
 */
abstract class AdminPagesTestSupport {

    static final String PASSWORD = "ett-langt-losenord";

    static final String REQUIRED = "Fyll i det här fältet.";

    static final String CONCURRENT_CHANGE =
            "Någon annan har ändrat uppgifterna medan du arbetade. Ladda om sidan och gör ändringen igen.";

    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationAdmin admin;

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcTemplate jdbc;

    /** A new municipality and the user name of its only administrator. */
    record Tenant(Municipality municipality, String adminUsername) {
    }

    Tenant newTenant() {
        return asSystem(() -> {
            MunicipalityForm municipalityForm = new MunicipalityForm();
            municipalityForm.setCode("t-" + letters(10).toLowerCase());
            municipalityForm.setName(unique("Testkommun"));
            Municipality municipality = admin.saveMunicipality(municipalityForm);
            String username = newAccount(municipality, Role.ADMIN).getUsername();
            return new Tenant(municipality, username);
        });
    }

    UserAccount newAccount(Municipality municipality, Role role) {
        return asSystem(() -> {
            AccountForm form = new AccountForm();
            form.setUsername("test." + letters(10).toLowerCase());
            form.setDisplayName(unique("Testperson"));
            form.setPassword(PASSWORD);
            form.setRoles(Set.of(role));
            form.setMunicipalityIds(Set.of(municipality.getId()));
            return accounts.save(form);
        });
    }

    SignedInUser signedIn(String username) {
        return accounts.loadUserByUsername(username);
    }

    SignedInUser adminOf(Tenant tenant) {
        return signedIn(tenant.adminUsername());
    }

    Board newBoard(Municipality municipality, int memberCount) {
        return asSystem(() -> {
            BoardForm form = new BoardForm();
            form.setMunicipalityId(municipality.getId());
            form.setName(unique("Testnämnden"));
            form.setMemberCount(memberCount);
            return admin.saveBoard(form);
        });
    }

    Party newParty(Municipality municipality) {
        return asSystem(() -> {
            PartyForm form = new PartyForm();
            form.setMunicipalityId(municipality.getId());
            form.setCode(letters(4));
            form.setName(unique("Testpartiet"));
            return admin.saveParty(form);
        });
    }

    Person newPerson(Municipality municipality) {
        return asSystem(() -> {
            PersonForm form = new PersonForm();
            form.setMunicipalityId(municipality.getId());
            form.setFirstName("Test");
            form.setLastName(unique("Person"));
            return admin.savePerson(form);
        });
    }

    BoardSeat newSeat(Board board, Person person, Party party, SeatType type, BoardRole role, Integer order,
            LocalDate from, LocalDate to) {
        return asSystem(() -> {
            SeatForm form = new SeatForm();
            form.setBoardId(board.getId());
            form.setPersonId(person.getId());
            form.setPartyId(party.getId());
            form.setSeatType(type);
            form.setBoardRole(role);
            form.setSubstituteOrder(order);
            form.setValidFrom(from);
            form.setValidTo(to);
            return admin.saveSeat(form);
        });
    }

    /** Runs as the system (no signed-in user), as the demo loader does: every municipality is reachable. */
    static <T> T asSystem(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** A form post (with CSRF token) by the user; params are name, value, name, value, ... */
    ResultActions submit(SignedInUser by, String url, Object... params) throws Exception {
        MockHttpServletRequestBuilder request = post(url).with(csrf()).with(user(by));
        for (int i = 0; i < params.length; i += 2) {
            if (params[i + 1] instanceof Iterable<?> values) {
                for (Object value : values) {
                    request.param((String) params[i], String.valueOf(value));
                }
            } else {
                request.param((String) params[i], params[i + 1] == null ? "" : String.valueOf(params[i + 1]));
            }
        }
        return mvc.perform(request);
    }

    /** Posts a form that must be refused: the form comes back (200), and its page is returned. */
    String refusedPage(SignedInUser by, String url, Object... params) throws Exception {
        return submit(by, url, params).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    String page(SignedInUser by, String url) throws Exception {
        return mvc.perform(get(url).with(user(by))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    /** The text of the error message shown next to the field, or null when there is none. */
    static String fieldError(String html, String field) {
        Matcher matcher = Pattern.compile("<p class=\"field-error\" id=\"" + Pattern.quote(field)
                + "-error\">(.*?)</p>", Pattern.DOTALL).matcher(html);
        return matcher.find() ? HtmlUtils.htmlUnescape(matcher.group(1)).trim() : null;
    }

    /** The messages of the notice at the top of the form that concern no single field. */
    static List<String> errorSummary(String html) {
        Matcher summary = Pattern.compile("<div class=\"notice error\" role=\"alert\" tabindex=\"-1\" "
                + "id=\"error-summary\">(.*?)</div>", Pattern.DOTALL).matcher(html);
        if (!summary.find()) {
            return List.of();
        }
        return Pattern.compile("<(?:a|span)[^>]*>(.*?)</(?:a|span)>").matcher(summary.group(1)).results()
                .map(match -> HtmlUtils.htmlUnescape(match.group(1)).trim()).toList();
    }

    long auditEvents() {
        return jdbc.queryForObject("select count(*) from audit_event", Long.class);
    }

    /** The details ("what changed") of the latest audit event of that action on the entity, or null. */
    String auditDetails(String entityType, Object entityId, String action) {
        List<String> details = jdbc.queryForList("""
                select details from audit_event where entity_type = ? and entity_id = ? and action = ?
                order by id desc""", String.class, entityType, String.valueOf(entityId), action);
        return details.isEmpty() ? null : details.get(0);
    }

    String auditActor(String entityType, Object entityId, String action) {
        return jdbc.queryForObject("""
                select actor from audit_event where entity_type = ? and entity_id = ? and action = ?
                order by id desc fetch first 1 rows only""", String.class, entityType, String.valueOf(entityId),
                action);
    }

    static String unique(String prefix) {
        return prefix + " " + letters(8);
    }

    static String letters(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return text.toString();
    }
}
