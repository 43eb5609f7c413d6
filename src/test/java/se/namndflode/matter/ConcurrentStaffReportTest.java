package se.namndflode.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import se.namndflode.IntegrationTest;
import se.namndflode.Interleaving;
import se.namndflode.SignedIn;
import se.namndflode.organisation.Accounts;
import se.namndflode.registry.Matter;
import se.namndflode.shared.security.SignedInUser;

/**
 * Two writers save the same staff report at the same moment, from the same version. The first one's save is
 * made and held uncommitted while the second one's request runs: both read the same version and add the same
 * next version number, and the second meets the first in the database (a duplicate key on the version number,
 * or on the report of a matter when both write its first version). The second gets the message of a
 * sequential conflict beside the form, and the first one's version stands.
 */
@IntegrationTest
class ConcurrentStaffReportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MatterPagesFixtures fixtures;
    @Autowired
    StaffReports reports;
    @Autowired
    VisibleMatters matters;
    @Autowired
    Accounts accounts;
    @Autowired
    EntityManager entities;
    @Autowired
    PlatformTransactionManager transactions;

    private static String url(Matter matter) {
        return "/arenden/" + matter.getRegistryNumber().toUrl() + "/tjansteutlatande";
    }

    private static StaffReportForm form(Matter matter, Long version, String summary) {
        StaffReportForm form = new StaffReportForm();
        form.setMatterId(matter.getId());
        form.setVersion(version);
        form.setTitle("Svar på remiss");
        form.setReportDate(LocalDate.now());
        form.setDecisionPoints("Socialnämnden godkänner tjänsteutlåtandet.");
        form.setSummary(summary);
        return form;
    }

    private MockHttpServletRequestBuilder pageSave(Matter matter, String username, Long version, String summary) {
        MockHttpServletRequestBuilder request = post(url(matter)).with(fixtures.as(username)).with(csrf())
                .param("title", "Svar på remiss").param("reportDate", LocalDate.now().toString())
                .param("decisionPoints", "Socialnämnden godkänner tjänsteutlåtandet.").param("summary", summary);
        return version == null ? request : request.param("version", version.toString());
    }

    /** Runs {@code second} while the case officer's save of {@code first} is written but not yet committed. */
    private ResultActions whileTheFirstSaveIsUncommitted(Matter matter, StaffReportForm first,
            Callable<ResultActions> second) throws Exception {
        SignedInUser caseOfficer = accounts.loadUserByUsername("handlaggare");
        return Interleaving.whileUncommitted(transactions, () -> SignedIn.as(caseOfficer, () -> {
            reports.save(first, matters.heading(matter));
            entities.flush();
            return null;
        }), second);
    }

    private StaffReport report(Matter matter) {
        return reports.find(matter.getId()).orElseThrow();
    }

    @Test
    void theSecondOfTwoSimultaneousSavesOfTheSameVersionIsToldAndTheFirstStands() throws Exception {
        Matter matter = fixtures.matter(LocalDate.now().plusYears(5));
        mvc.perform(pageSave(matter, "handlaggare", null, "Första texten.")).andExpect(status().is3xxRedirection());
        long opened = report(matter).getVersion();

        whileTheFirstSaveIsUncommitted(matter, form(matter, opened, "Handläggarens text."),
                () -> mvc.perform(pageSave(matter, "chef", opened, "Chefens text.")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Någon annan har ändrat uppgifterna")));

        StaffReport report = report(matter);
        assertThat(report.getVersions()).hasSize(2);
        assertThat(report.getCurrent().getSummary()).isEqualTo("Handläggarens text.");
    }

    @Test
    void theSecondOfTwoSimultaneousFirstSavesIsToldAndTheFirstStands() throws Exception {
        Matter matter = fixtures.matter(LocalDate.now().plusYears(5));

        whileTheFirstSaveIsUncommitted(matter, form(matter, null, "Handläggarens första text."),
                () -> mvc.perform(pageSave(matter, "chef", null, "Chefens första text.")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Någon annan har ändrat uppgifterna")));

        StaffReport report = report(matter);
        assertThat(report.getVersions()).hasSize(1);
        assertThat(report.getCurrent().getSummary()).isEqualTo("Handläggarens första text.");
    }
}
