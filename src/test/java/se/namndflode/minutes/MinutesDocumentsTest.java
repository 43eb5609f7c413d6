package se.namndflode.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
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
import se.namndflode.meeting.RecordedMeetingFixtures;
import se.namndflode.meeting.RecordedMeetingFixtures.Recorded;
import se.namndflode.shared.web.DomainException;
import org.springframework.web.util.HtmlUtils;

/**
 * The minutes of a meeting recorded through the console's services, read back as text: the cover, each paragraph in
 * the seed's structure and formulas (Beslut, Sammanfattning av ärendet, Yrkanden, Propositionsordning, Omröstning
 * with names, tally and the chair's utslagsröst, Reservationer, Särskilt uttalande, Handlingar i ärendet), the public
 * version withholding the confidential paragraph with its ground, the PDF/A-2 validated by veraPDF, the
 * protokollsutdrag.
 */
@IntegrationTest
class MinutesDocumentsTest {

    @Autowired
    RecordedMeetingFixtures fixtures;
    @Autowired
    MinutesDocuments documents;

    Recorded meeting;

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @BeforeEach
    void record() {
        meeting = fixtures.recorded();
    }

    private static String text(String html) {
        String body = html.replaceAll("(?s)<(style|title|bookmarks)[^>]*>.*?</\\1>", " ").replaceAll("<[^>]+>", " ");
        return HtmlUtils.htmlUnescape(body).replaceAll("\\s+", " ");
    }

    /** The text of one paragraph: from its "§ N" heading to the next one's. */
    private static String paragraph(String text, int number) {
        int from = text.indexOf("§ " + number + " ", text.indexOf("Paragrafer") + 30);
        int to = text.indexOf("§ " + (number + 1) + " ", from + 3);
        return text.substring(from, to < 0 ? text.length() : to);
    }

    private static void inOrder(String text, String... parts) {
        int at = -1;
        for (String part : parts) {
            int found = text.indexOf(part, at + 1);
            assertThat(found).as("\"" + part + "\" after the previous part in: " + text).isGreaterThan(at);
            at = found;
        }
    }

    @Test
    void theCoverNamesTheMinutesTheTimePlaceWhoDecidedForWhomAndTheJustering() {
        String text = text(documents.render(meeting.meetingId(), Audience.INTERNAL));
        Minutes minutes = documents.minutes(meeting.meetingId());

        assertThat(minutes.getNumber()).isEqualTo(1);
        assertThat(minutes.getVersion()).isEqualTo(1);
        inOrder(text, "Protokoll nr 1/" + minutes.getYear(), "Tid", "kl. ", "Plats", "Sammanträdesrummet",
                "Beslutande", "S1 Testsson (S), ordförande", "M1 Testsson (M), vice ordförande",
                "SUBC1 Testsson (C), ersättare för C Testsson (C)", "Ersättare", "SUBS1 Testsson (S)",
                "Justerare", "Justeringens tid och plats", "kl. 10.00, Socialförvaltningen, Swedenborgsgatan 20",
                "Paragrafer", "§§ 1–9", "Sekreterare", "Ordförande S1 Testsson (S)");
        assertThat(text).contains("Frånvarande ledamöter C Testsson (C)");
        // The same recorded meeting gives the same document: what the justering hashes.
        assertThat(documents.render(meeting.meetingId(), Audience.INTERNAL))
                .isEqualTo(documents.content(meeting.meetingId()));
    }

    @Test
    void aMatterReadsLikeTheSeedSectionBySectionWithTheVoteByName() {
        String text = paragraph(text(documents.render(meeting.meetingId(), Audience.INTERNAL)), 5);
        String dnr = meeting.referral().getRegistryNumber().toString();

        inOrder(text, "§ 5", RecordedMeetingFixtures.REFERRAL_TITLE,
                "Svar på remiss från kommunstyrelsen, Dnr KS 2023/769", dnr,
                "Beslut", "1. Socialnämnden godkänner förvaltningens tjänsteutlåtande som svar på remissen.",
                "Sammanfattning av ärendet", "Kommunstyrelsen har remitterat en motion om skyddade boenden.",
                "Förvaltningen föreslår att socialnämnden godkänner tjänsteutlåtandet som svar på remissen.",
                "Yrkanden",
                "S1 Testsson m.fl. (S), V1 Testsson (V) och MP Testsson (MP) yrkade bifall till förvaltningens förslag "
                        + "till beslut.",
                "M1 Testsson m.fl. (M), med instämmande från SD Testsson (SD), yrkade",
                "1. att avslå förvaltningens förslag till beslut,",
                "2. att socialnämnden tillstyrker motionen, samt", "3. att därutöver anföra följande:",
                RecordedMeetingFixtures.ARGUMENT,
                "Propositionsordning",
                "Ordföranden ställde de framställda förslagen till beslut mot varandra och fann att nämnden beslutat "
                        + "enligt förvaltningens förslag.",
                "Omröstning begärdes.",
                "Omröstning",
                "Ordföranden ställde följande voteringsproposition: Ja för bifall till förvaltningens förslag, nej för "
                        + "bifall till yrkandet från M1 Testsson m.fl. (M).",
                "Omröstningen utföll med 7 ja-röster, 6 nej-röster, 0 avstår.",
                "Nämnden har därmed beslutat enligt förvaltningens förslag.",
                "S1 Testsson (S) ja", "SUBC1 Testsson (C), ersättare för C Testsson (C) nej", "SD Testsson (SD) nej",
                "Reservationer",
                "M1 Testsson m.fl. (M) och SD Testsson (SD) reserverade sig mot beslutet till förmån för det egna "
                        + "yrkandet.",
                "Särskilt uttalande", "L Testsson (L) lämnade ett särskilt uttalande:",
                RecordedMeetingFixtures.STATEMENT,
                "Handlingar i ärendet",
                dnr + "-1 " + RecordedMeetingFixtures.REFERRAL_TITLE,
                dnr + "-2 Tjänsteutlåtande - Remiss av " + RecordedMeetingFixtures.REFERRAL_TITLE);
        assertThat(text).doesNotContain("utslagsröst");
    }

    @Test
    void aTieIsDecidedByTheChairsCastingVoteAndTheImmediateJusteringInItsOwnWordingIsTheLastPoint() {
        String text = paragraph(text(documents.render(meeting.meetingId(), Audience.INTERNAL)), 6);

        inOrder(text, "§ 6", RecordedMeetingFixtures.SECRET_TITLE, "Beslut",
                "1. Nämnden beslutar i enlighet med förvaltningens förslag.", "2. Paragrafen förklaras omedelbart justerad.",
                "Yrkanden", "M1 Testsson (M) yrkade avslag på förvaltningens förslag till beslut.",
                "Omröstning", "Omröstningen utföll med 6 ja-röster, 6 nej-röster, 1 avstår.",
                "Då rösterna fallit lika avgjordes frågan genom ordförandens utslagsröst; ordföranden S1 Testsson (S) "
                        + "röstade ja.",
                "Nämnden har därmed beslutat enligt förvaltningens förslag.", "MP Testsson (MP) avstår");
        assertThat(text).doesNotContain("Paragrafen justeras omedelbart");
    }

    @Test
    void thePublicVersionWithholdsTheConfidentialParagraphWithItsGround() {
        String text = text(documents.render(meeting.meetingId(), Audience.PUBLIC));
        String secret = paragraph(text, 6);

        inOrder(secret, "§ 6", "Sekretessbelagt ärende", meeting.secret().getRegistryNumber().toString(),
                "Sekretess enligt OSL 26 kap. 1 §");
        assertThat(text).doesNotContain("LVU").doesNotContain("Hemlig").doesNotContain("utslagsröst")
                .doesNotContain("M1 Testsson (M) yrkade avslag").contains("Offentlig version");
        // The rest stands as in the internal minutes.
        assertThat(paragraph(text, 5)).contains("Omröstningen utföll med 7 ja-röster, 6 nej-röster, 0 avstår.");
        // Without a signed-in reader (the public) the internal version is never what one gets.
        assertThat(documents.audienceFor(meeting.meetingId(), Audience.INTERNAL)).isEqualTo(Audience.PUBLIC);
        MinutesDocument document = documents.document(meeting.meetingId(), Audience.PUBLIC);
        assertThat(document.paragraphs().stream().filter(MinutesDocument.Section::withheld)
                .map(MinutesDocument.Section::number)).containsExactly(6);
    }

    @Test
    void anItemWithoutDecisionPrintsTheSecretarysTextWithoutHeadingAndADecidedOneWithIt() {
        documents.setSummary(meeting.meetingId(), meeting.paragraph(9), 0L, "Socialnämnden hade inga övriga frågor.");
        documents.setSummary(meeting.meetingId(), meeting.paragraph(1), 0L, "Dagordningen sändes ut med kallelsen.");
        String text = text(documents.render(meeting.meetingId(), Audience.INTERNAL));

        assertThat(paragraph(text, 9)).contains("Socialnämnden hade inga övriga frågor.")
                .doesNotContain("Sammanfattning av ärendet").doesNotContain("Beslut");
        inOrder(paragraph(text, 1), "Beslut", "Den utsända dagordningen godkändes", "Sammanfattning av ärendet",
                "Dagordningen sändes ut med kallelsen.");
    }

    @Test
    void theProtokollsutdragHoldsOneParagraphAndTheCertification() {
        String text = text(documents.extract(meeting.meetingId(), meeting.paragraph(5), Audience.INTERNAL));

        inOrder(text, "Protokollsutdrag", "Protokoll nr 1/", "§ 5", RecordedMeetingFixtures.REFERRAL_TITLE,
                "Beslut", "Reservationer", "Handlingar i ärendet", "Rätt utdraget intygar");
        assertThat(text).doesNotContain("§ 6").doesNotContain("Beslutande");
        assertThatThrownBy(() -> documents.extract(meeting.meetingId(), -1L, Audience.INTERNAL))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void thePdfIsPdfAWithItsFontsAndKeepsSwedishCharactersAndTheParagraphSign() throws Exception {
        byte[] pdf = documents.pdf(meeting.meetingId(), Audience.INTERNAL);
        byte[] publicPdf = documents.pdf(meeting.meetingId(), Audience.PUBLIC);
        byte[] extract = documents.extractPdf(meeting.meetingId(), meeting.paragraph(5), Audience.INTERNAL);

        for (byte[] checked : List.of(pdf, publicPdf, extract)) {
            for (PDFAFlavour flavour : List.of(PDFAFlavour.PDFA_2_B, PDFAFlavour.PDFA_2_U)) {
                try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(checked),
                        flavour); PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour,
                                false)) {
                    ValidationResult result = validator.validate(parser);
                    List<String> failures = result.getTestAssertions().stream()
                            .filter(assertion -> assertion.getStatus() == TestAssertion.Status.FAILED)
                            .map(assertion -> assertion.getRuleId() + ": " + assertion.getMessage()).distinct()
                            .toList();
                    assertThat(failures).as(flavour + " rules failed").isEmpty();
                    assertThat(result.isCompliant()).isTrue();
                }
            }
        }
        try (PDDocument document = Loader.loadPDF(extract)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Protokollsutdrag", "§ 5", "Rätt utdraget intygar");
        }
        try (PDDocument document = Loader.loadPDF(publicPdf)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Sekretess enligt OSL 26 kap. 1 §").doesNotContain("Åström").doesNotContain("LVU");
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("§ 5", "Särskilt uttalande", "Omröstningen utföll med 7 ja-röster",
                    "reserverade sig mot beslutet till förmån för det egna yrkandet", "Åström",
                    "förvaltningens förslag");
            assertThat(text).contains("å").contains("ä").contains("ö").contains("Å").contains("§");
            assertThat(document.getDocumentCatalog().getLanguage()).startsWith("sv");
            assertThat(document.getDocumentInformation().getTitle()).contains("Protokoll nr 1/");
        }
    }
}
