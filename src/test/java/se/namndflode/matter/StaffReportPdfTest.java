package se.namndflode.matter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import se.namndflode.IntegrationTest;

/**
 * The staff report's PDF is the archived record: PDF/A (validated by veraPDF), tagged, with embedded fonts
 * that carry the names people in Sweden have, and marked as a draft or as the version approved for the board.
 */
@IntegrationTest
class StaffReportPdfTest {

    private static final String NAMES = "Şahin Đorđević, Łucja Čapek, Áilu Ŋuolja, Jürgen Øberg";

    @Autowired
    StaffReportDocument document;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private static StaffReport report() {
        StaffReport report = new StaffReport(1L);
        report.addVersion(new StaffReportVersion.Content("Svar på remiss om " + NAMES, "SOF 2026/12",
                "Socialnämnden", "Socialförvaltningen", "Şahin Đorđević", LocalDate.of(2026, 11, 24),
                List.of("Socialnämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen.",
                        "Paragrafen justeras omedelbart."),
                "Förvaltningen har tagit del av remissen från " + NAMES + ".", "Bakgrund.", "Synpunkter.",
                List.of("Remiss")), OffsetDateTime.parse("2026-11-24T10:00:00+01:00"), "Şahin Đorđević");
        return report;
    }

    private static PDDocument load(byte[] pdf) throws Exception {
        return Loader.loadPDF(pdf);
    }

    @Test
    void namesWithLettersBeyondLatin1AreInTheTextAndTheirFontsAreEmbedded() throws Exception {
        byte[] pdf = document.pdf(report().getCurrent());
        try (PDDocument loaded = load(pdf)) {
            String text = new PDFTextStripper().getText(loaded);
            for (String letter : List.of("Ş", "Đ", "đ", "Ł", "Č", "Ŋ", "Ø", "ü")) {
                assertThat(text).as("letter " + letter).contains(letter);
            }
            assertThat(text).contains("Şahin Đorđević").doesNotContain("#");
            for (var name : loaded.getPage(0).getResources().getFontNames()) {
                PDFont font = loaded.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void theApprovedVersionIsValidPdfA() throws Exception {
        StaffReport report = report();
        // The report keeps the approver's user name; the record names the person.
        report.approve(OffsetDateTime.parse("2026-11-25T09:00:00+01:00"), "forvaltningschef");
        byte[] pdf = document.pdf(report.getCurrent());

        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                PDFAFlavour.PDFA_2_U);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_U, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId() + ": " + assertion.getMessage()).distinct().toList();
            assertThat(failures).as("PDF/A-2u rules failed").isEmpty();
            assertThat(result.isCompliant()).isTrue();
        }
    }

    @Test
    void thePdfIsTaggedWithHeadingsAndLists() throws Exception {
        byte[] pdf = document.pdf(report().getCurrent());
        try (PDDocument loaded = load(pdf)) {
            assertThat(loaded.getDocumentCatalog().getMarkInfo()).isNotNull();
            assertThat(loaded.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(loaded.getDocumentCatalog().getLanguage()).startsWith("sv");
            PDStructureTreeRoot root = loaded.getDocumentCatalog().getStructureTreeRoot();
            assertThat(root).as("structure tree").isNotNull();
            List<String> types = new ArrayList<>();
            collect(root, types);
            assertThat(types).contains("H1", "H2", "L", "LI", "P");
            assertThat(loaded.getDocumentInformation().getTitle()).startsWith("Svar på remiss om Şahin");
        }
    }

    @Test
    void theApprovedVersionSaysSoAndByWhomOnOnePageAndADraftSaysItIsADraft() throws Exception {
        StaffReport report = report();
        try (PDDocument draft = load(document.pdf(report.getCurrent()))) {
            assertThat(new PDFTextStripper().getText(draft)).contains("Utkast, version 1")
                    .doesNotContain("Godkänt för nämnden");
        }
        // The report keeps the approver's user name; the record names the person.
        report.approve(OffsetDateTime.parse("2026-11-25T09:00:00+01:00"), "forvaltningschef");
        try (PDDocument approved = load(document.pdf(report.getCurrent()))) {
            assertThat(approved.getNumberOfPages()).as("no blank page").isEqualTo(1);
            assertThat(new PDFTextStripper().getText(approved).replaceAll("\\s+", " "))
                    .contains("Godkänt för nämnden 2026-11-25 av Maria Nyström, version 1").doesNotContain("Utkast")
                    .doesNotContain("forvaltningschef");
        }
    }

    private static void collect(PDStructureNode node, List<String> types) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement element) {
                types.add(element.getStructureType());
                collect(element, types);
            }
        }
    }
}
