package se.namndflode.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import se.namndflode.IntegrationTest;
import se.namndflode.registry.Matter;
import se.namndflode.shared.time.WorkingDayCalendar;

@IntegrationTest
class StaffReportPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    MatterPagesFixtures fixtures;
    @Autowired
    StaffReports reports;
    @Autowired
    BoardMatterProcess process;

    Matter matter;

    @BeforeEach
    void register() {
        matter = fixtures.matter(LocalDate.now().plusYears(5));
    }

    private String url() {
        return "/arenden/" + matter.getRegistryNumber().toUrl() + "/tjansteutlatande";
    }

    private MockHttpServletRequestBuilder save(String username, Long version, String summary) {
        return save(username, version, summary, "Svar på remiss om boendestöd");
    }

    private MockHttpServletRequestBuilder save(String username, Long version, String summary, String title) {
        return form(url(), username, version, summary, title);
    }

    /** "Skicka för granskning" on the editor: the same form, sent to its own address. */
    private MockHttpServletRequestBuilder send(String username, Long version, String summary) {
        return form(url() + "/skicka", username, version, summary, "Svar på remiss om boendestöd");
    }

    private MockHttpServletRequestBuilder form(String path, String username, Long version, String summary,
            String title) {
        MockHttpServletRequestBuilder request = post(path).with(fixtures.as(username)).with(csrf())
                .param("title", title).param("reportDate", LocalDate.now(WorkingDayCalendar.STOCKHOLM).toString())
                .param("decisionPoints", "1. Socialnämnden godkänner tjänsteutlåtandet.\nParagrafen justeras omedelbart.")
                .param("summary", summary).param("assessment", "Förvaltningen är positiv.")
                .param("attachments", "Remiss från kommunstyrelsen");
        return version == null ? request : request.param("version", version.toString());
    }

    private StaffReport report() {
        return reports.find(matter.getId()).orElseThrow();
    }

    @Test
    void aNewReportIsPrefilledWithTheMattersTitleAndToday() throws Exception {
        mvc.perform(get(url()).with(fixtures.as("handlaggare"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(matter.getTitle())))
                .andExpect(content().string(containsString("Numreringen blir automatisk")))
                .andExpect(content().string(containsString("Inte påbörjat")));
    }

    @Test
    void theCaseOfficerSavesVersionsWithTheHeadingFromTheMatter() throws Exception {
        mvc.perform(save("handlaggare", null, "Första texten.")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(url()));
        mvc.perform(save("handlaggare", report().getVersion(), "Andra texten."))
                .andExpect(status().is3xxRedirection());

        StaffReport report = report();
        assertThat(report.getVersions()).extracting(StaffReportVersion::getNumber).containsExactly(1, 2);
        StaffReportVersion current = report.getCurrent();
        assertThat(current.getSummary()).isEqualTo("Andra texten.");
        assertThat(current.getDecisionPoints()).containsExactly("Socialnämnden godkänner tjänsteutlåtandet.",
                "Paragrafen justeras omedelbart.");
        assertThat(current.getRegistryNumber()).isEqualTo(matter.getRegistryNumber().toString());
        assertThat(current.getBoardName()).isEqualTo("Socialnämnden");
        assertThat(current.getAdministration()).isEqualTo(matter.getBoard().getAdministration().getName());
        assertThat(current.getCaseOfficerName()).isNotBlank();
        assertThat(current.getCreatedBy()).isEqualTo("handlaggare");

        mvc.perform(get(url()).with(fixtures.as("registrator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/tjansteutlatande/version/2.pdf")))
                .andExpect(content().string(containsString("Utkast")))
                .andExpect(content().string(containsString("<td>Sofia Lind</td>")))
                .andExpect(content().string(not(containsString("<td>handlaggare</td>"))));
    }

    @Test
    void badInputShowsTheErrorsAndSavesNothing() throws Exception {
        mvc.perform(save("handlaggare", null, " ", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "summary", "title"))
                .andExpect(content().string(containsString("summary-error")));
        assertThat(reports.find(matter.getId())).isEmpty();
    }

    @Test
    void aManagerMayEditButOtherStaffMayOnlyRead() throws Exception {
        mvc.perform(save("chef", null, "Chefens text.")).andExpect(status().is3xxRedirection());
        for (String reader : new String[] {"sekreterare", "registrator", "forvaltningschef"}) {
            mvc.perform(save(reader, report().getVersion(), "Inte min text.")).andExpect(status().isForbidden());
            mvc.perform(get(url()).with(fixtures.as(reader))).andExpect(status().isOk())
                    .andExpect(content().string(not(containsString("name=\"summary\""))));
        }
        assertThat(report().getVersions()).hasSize(1);
        mvc.perform(get(url()).with(fixtures.as("ordforande"))).andExpect(status().isForbidden());
    }

    @Test
    void aFormOpenedBeforeAnotherSaveGetsTheConcurrentChangeMessage() throws Exception {
        mvc.perform(save("handlaggare", null, "Första.")).andExpect(status().is3xxRedirection());
        long opened = report().getVersion();
        mvc.perform(save("chef", opened, "Chefens.")).andExpect(status().is3xxRedirection());

        mvc.perform(save("handlaggare", opened, "Min gamla."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Någon annan har ändrat uppgifterna")));
        assertThat(report().getVersions()).hasSize(2);
    }

    @Test
    void onlyTheCaseOfficerWhoHoldsTheTaskSendsItFromTheEditorAndNothingIsSavedOtherwise() throws Exception {
        // The manager may write, but the step "Skriv tjänsteutlåtande" is not his: refused, nothing saved.
        mvc.perform(send("chef", null, "Chefens text."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Bara den handläggare som har uppgiften")));
        assertThat(reports.find(matter.getId())).isEmpty();
        mvc.perform(get(url()).with(fixtures.as("chef")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("id=\"submit-for-review\""))));
    }

    /**
     * A report the manager has approved is still "submitted" until the director approves it for the board, but it is
     * with the director, not with the manager for review: the page says whom it waits for.
     */
    @Test
    void aReportTheManagerApprovedIsWithTheDirector() throws Exception {
        mvc.perform(save("handlaggare", null, "Klar text.")).andExpect(status().is3xxRedirection());
        reports.submit(matter.getId(), "stockholm");
        process.completeStep(matter.getId(), "PrepareStaffReport", java.util.Map.of());
        mvc.perform(get(url()).with(fixtures.as("chef"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hos chef för granskning")));
        process.completeStep(matter.getId(), "ReviewStaffReport", java.util.Map.of("reviewOutcome", "APPROVED"));
        mvc.perform(get(url()).with(fixtures.as("chef"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Hos förvaltningschefen för godkännande")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("Hos chef för granskning"))));
    }

    @Test
    void aFrozenReportIsRefusedOnTheForm() throws Exception {
        mvc.perform(save("handlaggare", null, "Klar text.")).andExpect(status().is3xxRedirection());
        reports.submit(matter.getId(), "stockholm");
        mvc.perform(save("handlaggare", report().getVersion(), "Ändrad."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ligger hos chefen för granskning")));
        reports.approve(matter.getId(), "stockholm");

        mvc.perform(save("handlaggare", report().getVersion(), "Ändrad."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("kan inte längre ändras")));
        assertThat(report().getVersions()).hasSize(1);
    }

    @Test
    void eachVersionIsShownAsHtmlAndPdf() throws Exception {
        mvc.perform(save("handlaggare", null, "Sammanfattad text.")).andExpect(status().is3xxRedirection());

        mvc.perform(get(url() + "/version/1").with(fixtures.as("sekreterare"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Sammanfattad text.")));
        byte[] pdf = mvc.perform(get(url() + "/version/1.pdf").with(fixtures.as("sekreterare")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("inline")))
                .andExpect(header().string("Content-Disposition",
                        containsString(matter.getRegistryNumber().toUrl() + " version 1.pdf")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 4)).isEqualTo("%PDF");
        mvc.perform(get(url() + "/version/2.pdf").with(fixtures.as("sekreterare"))).andExpect(status().isNotFound());
    }

    @Test
    void aConfidentialMatterIsRefusedToThoseNotEntitledWithoutItsTitle() throws Exception {
        Matter secret = fixtures.confidentialMatter();
        String secretUrl = "/arenden/" + secret.getRegistryNumber().toUrl() + "/tjansteutlatande";
        mvc.perform(get(secretUrl).with(fixtures.as("sekreterare"))).andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(secret.getTitle()))))
                .andExpect(content().string(containsString(secret.getRegistryNumber() + " Sekretessbelagt ärende")));
        mvc.perform(get(secretUrl + "/version/1.pdf").with(fixtures.as("sekreterare")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(not(containsString(secret.getTitle()))));
        mvc.perform(get(secretUrl).with(fixtures.as("handlaggare"))).andExpect(status().isOk());
    }
}
