package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
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
import se.namndflode.registry.Matter;

/**
 * The kallelse read back with PDFBox: the notice, the agenda in order with its § numbers, every matter's approved
 * tjänsteutlåtande (the registered PDF) after it, a bookmark for every agenda item pointing at its pages; a
 * confidential matter listed only with its public title, its report left out.
 */
@IntegrationTest
class KallelsePackTest {

    @Autowired
    Kallelse kallelse;
    @Autowired
    Meetings meetings;
    @Autowired
    KallelseFixtures fixtures;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private record Pack(Meeting meeting, Matter first, Matter second, Matter secret, byte[] pdf) {
    }

    private Pack pack() {
        Long board = fixtures.board().id();
        Matter first = fixtures.approvedMatter(board, "Rapport om hemlöshet", "Sammanfattning ALFA-4711 av "
                + "förvaltningens rapport om hemlöshet.", false);
        Matter second = fixtures.approvedMatter(board, "Uppföljning av Şahin Đorđevićs skrivelse",
                "Sammanfattning BETA-0815 med en lång text. " + "Förvaltningen har följt upp skrivelsen. ".repeat(120),
                false);
        Matter secret = fixtures.approvedMatter(board, "Ansökan om LVU för barnet Hemlig",
                "Sammanfattning GAMMA-9999 om ett enskilt barn.", true);
        Meeting meeting = fixtures.agendaSet(board, first, second, secret);
        return new Pack(meeting, first, second, secret, kallelse.pdf(meeting.getId()));
    }

    private static String text(PDDocument document, int fromPage, int toPage) throws Exception {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(fromPage);
        stripper.setEndPage(toPage);
        return stripper.getText(document);
    }

    private static String page(PDDocument document, int pageIndex) throws Exception {
        return text(document, pageIndex + 1, pageIndex + 1);
    }

    @Test
    void holdsTheNoticeTheAgendaInOrderAndEveryMattersApprovedStaffReport() throws Exception {
        Pack pack = pack();
        List<Paragraph> agenda = meetings.paragraphs(pack.meeting().getId());
        try (PDDocument document = Loader.loadPDF(pack.pdf())) {
            String all = new PDFTextStripper().getText(document);
            String flat = all.replaceAll("\\s+", " ");
            assertThat(flat).contains("Kallelse till sammanträde med " + pack.meeting().getBoard().getName())
                    .contains("Föredragningslista").contains("Sammanträdesrummet").contains("kl. 18.00");
            // The agenda: every item with its § number, in agenda order.
            int at = -1;
            for (Paragraph item : agenda) {
                assertThat(item.getNumber()).isNotNull();
                int found = flat.indexOf(item.getPublicTitle(), at + 1);
                assertThat(found).as(item.getLabel() + " " + item.getPublicTitle() + " after the previous item")
                        .isGreaterThan(at);
                at = found;
            }
            // Each matter's approved tjänsteutlåtande, as registered: its text, marked approved.
            assertThat(flat).contains("ALFA-4711").contains("BETA-0815").contains("Godkänt för nämnden")
                    .contains("Nämnden godkänner rapporten.");
            assertThat(flat.indexOf("ALFA-4711")).isLessThan(flat.indexOf("BETA-0815"));
            // The confidential matter: listed with its public title and the sekretess note; nothing of its content.
            assertThat(flat).contains(Meetings.CONFIDENTIAL_TITLE).contains(pack.secret().getRegistryNumber().toString())
                    .contains("Sekretess: handlingarna skickas inte ut med kallelsen")
                    .doesNotContain("GAMMA-9999").doesNotContain("LVU").doesNotContain("Hemlig");
        }
    }

    @Test
    void hasABookmarkForEveryAgendaItemPointingAtItsPages() throws Exception {
        Pack pack = pack();
        List<Paragraph> agenda = meetings.paragraphs(pack.meeting().getId());
        try (PDDocument document = Loader.loadPDF(pack.pdf())) {
            List<PDOutlineItem> bookmarks = new ArrayList<>();
            document.getDocumentCatalog().getDocumentOutline().children().forEach(bookmarks::add);
            List<String> titles = bookmarks.stream().map(PDOutlineItem::getTitle).toList();
            List<String> expected = new ArrayList<>(List.of("Kallelse", "Föredragningslista"));
            agenda.forEach(item -> expected.add(item.getLabel() + " " + item.getPublicTitle()));
            assertThat(titles).containsExactlyElementsOf(expected);

            int firstReportPage = document.getNumberOfPages();
            for (int i = 0; i < agenda.size(); i++) {
                Paragraph item = agenda.get(i);
                PDOutlineItem bookmark = bookmarks.get(i + 2);
                int target = document.getPages().indexOf(bookmark.findDestinationPage(document));
                assertThat(target).as("target of " + bookmark.getTitle()).isNotNegative();
                String targetText = page(document, target).replaceAll("\\s+", " ");
                if (pack.first().getId().equals(item.getMatterId())) {
                    assertThat(targetText).contains("Tjänsteutlåtande").contains("ALFA-4711");
                    assertThat(bookmark.getFirstChild().getTitle())
                            .isEqualTo("Tjänsteutlåtande " + pack.first().getRegistryNumber());
                    firstReportPage = Math.min(firstReportPage, target);
                } else if (pack.second().getId().equals(item.getMatterId())) {
                    assertThat(targetText).contains("BETA-0815");
                    firstReportPage = Math.min(firstReportPage, target);
                } else {
                    // Standard items and the confidential matter: their line in the agenda.
                    assertThat(targetText).contains("Föredragningslista").contains(item.getPublicTitle());
                }
            }
            // The agenda's page references agree with where the reports are ("sid. N" of the first report).
            String agendaText = text(document, 1, firstReportPage).replaceAll("\\s+", " ");
            assertThat(agendaText).contains("Tjänsteutlåtande, sid. " + (firstReportPage + 1));
            // The long second report spans pages, and the agenda says which ("sid. N–M").
            assertThat(agendaText).containsPattern("Tjänsteutlåtande, sid. \\d+–\\d+");
        }
    }

    @Test
    void theNoticeAndAgendaAreTaggedPdfAAndThePackKeepsThePdfAIdentification() throws Exception {
        Pack pack = pack();
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pack.pdf()),
                PDFAFlavour.PDFA_2_U);
                PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_U, false)) {
            ValidationResult result = validator.validate(parser);
            List<String> failures = result.getTestAssertions().stream()
                    .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                    .map(assertion -> assertion.getRuleId() + ": " + assertion.getMessage()).distinct().toList();
            assertThat(failures).as("PDF/A-2u rules failed").isEmpty();
        }
        try (PDDocument document = Loader.loadPDF(pack.pdf())) {
            assertThat(document.getDocumentCatalog().getLanguage()).startsWith("sv");
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Kallelse");
        }
    }
}
