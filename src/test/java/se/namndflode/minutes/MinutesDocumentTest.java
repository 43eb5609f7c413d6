package se.namndflode.minutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndflode.meeting.MeetingRecord.ParagraphRecord;
import se.namndflode.meeting.ParagraphKind;
import se.namndflode.meeting.ParagraphOutcome;

/** How a recorded paragraph becomes a section of the minutes, as the seed prints each kind. */
class MinutesDocumentTest {

    private static ParagraphRecord paragraph(ParagraphKind kind, ParagraphOutcome outcome, List<String> points,
            boolean confidential) {
        return paragraph(kind, outcome, points, confidential, "Sammanfattning");
    }

    private static ParagraphRecord paragraph(ParagraphKind kind, ParagraphOutcome outcome, List<String> points,
            boolean confidential, String summary) {
        return new ParagraphRecord(1L, 28, "§ 28", kind, "Anmälan av protokoll och samverkan", "Sekretessbelagt ärende",
                "SOF 2023/18", null, confidential, confidential ? "OSL 26 kap. 1 §" : null, outcome, points, false,
                null, summary, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                !confidential);
    }

    /**
     * The seed's § 31 Övrigt prints the secretary's text alone ("Socialnämnden hade inga övriga frågor."); a noted
     * item without any text keeps its standard wording under Beslut, so that no paragraph is a bare heading.
     */
    @Test
    void aNotedItemsWordingGivesWayToTheSecretarysTextButStandsWithoutOne() {
        List<String> noted = List.of("Nämnden lägger informationen till handlingarna.");
        MinutesDocument.Section withText = MinutesDocument.Section.of(paragraph(ParagraphKind.STANDARD,
                ParagraphOutcome.NOTED, noted, false, null), "Socialnämnden hade inga övriga frågor.");
        assertThat(withText.decisionPoints()).isEmpty();
        assertThat(withText.summary()).isEqualTo("Socialnämnden hade inga övriga frågor.");
        assertThat(withText.summaryHeading()).isFalse();

        MinutesDocument.Section without = MinutesDocument.Section.of(paragraph(ParagraphKind.STANDARD,
                ParagraphOutcome.NOTED, noted, false, null));
        assertThat(without.decisionPoints()).isEqualTo(noted);
        // Decided in the same words (the seed's § 3 Förvaltningen informerar): its Beslut stays beside its text.
        assertThat(MinutesDocument.Section.of(paragraph(ParagraphKind.STANDARD, ParagraphOutcome.DECIDED, noted,
                false), null).decisionPoints()).isEqualTo(noted);
    }

    @Test
    void aReportItemsStandardWordingIsNotPrintedAndItsTextStandsWithoutHeading() {
        MinutesDocument.Section reported = MinutesDocument.Section.of(paragraph(ParagraphKind.REPORT_ITEM,
                ParagraphOutcome.REPORTED, List.of("Anmälan läggs till handlingarna."), false));

        assertThat(reported.decisionPoints()).isEmpty();
        assertThat(reported.summaryHeading()).isFalse();
    }

    @Test
    void aMattersPointsAreNumberedOnceAndItsSummaryHasItsHeading() {
        MinutesDocument.Section matter = MinutesDocument.Section.of(paragraph(ParagraphKind.MATTER,
                ParagraphOutcome.DECIDED, List.of("1. Socialnämnden godkänner rapporten.", "Paragrafen justeras "
                        + "omedelbart."), false));

        assertThat(matter.decisionPoints()).containsExactly("Socialnämnden godkänner rapporten.",
                "Paragrafen justeras omedelbart.");
        assertThat(matter.decisionNumbered()).isTrue();
        assertThat(matter.summaryHeading()).isTrue();
    }

    @Test
    void aWithheldParagraphKeepsOnlyItsNumberPublicTitleDiarienummerAndGround() {
        MinutesDocument.Section withheld = MinutesDocument.Section.withheld(paragraph(ParagraphKind.MATTER,
                ParagraphOutcome.DECIDED, List.of("Beslut i ett enskilt ärende."), true));

        assertThat(withheld.withheld()).isTrue();
        assertThat(withheld.title()).isEqualTo("Sekretessbelagt ärende");
        assertThat(withheld.registryNumber()).isEqualTo("SOF 2023/18");
        assertThat(withheld.withheldNotice()).isEqualTo("Sekretess enligt OSL 26 kap. 1 §");
        assertThat(withheld.decisionPoints()).isEmpty();
        assertThat(withheld.summary()).isNull();
    }
}
