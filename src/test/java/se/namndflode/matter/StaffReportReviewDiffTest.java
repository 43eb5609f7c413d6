package se.namndflode.matter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndflode.matter.StaffReportReview.Change;
import se.namndflode.matter.StaffReportReview.Line;

/**
 * The reviewer's diff groups a changed line's word changes so that the old and the new sentence can each be read:
 * changes separated only by whitespace or by at most two short unchanged words become one deletion followed by one
 * insertion.
 */
class StaffReportReviewDiffTest {

    @Test
    void alternatingWordChangesBecomeOneDeletionAndOneInsertion() {
        assertThat(StaffReportReview.grouped("<del>men</del><ins>Förslaget</ins> <del>avstyrker</del><ins>om</ins>"))
                .isEqualTo("<del>men avstyrker</del><ins>Förslaget om</ins>");
    }

    @Test
    void upToTwoShortUnchangedWordsAreFoldedInLongerRunsStayBetweenTheGroups() {
        assertThat(StaffReportReview.grouped("A <del>x</del><ins>y</ins> och en <del>p</del><ins>q</ins> slut"))
                .isEqualTo("A <del>x och en p</del><ins>y och en q</ins> slut");
        assertThat(StaffReportReview.grouped("<del>x</del><ins>y</ins> i en ny <del>p</del><ins>q</ins>"))
                .as("three words").isEqualTo("<del>x</del><ins>y</ins> i en ny <del>p</del><ins>q</ins>");
        assertThat(StaffReportReview.grouped("<del>x</del> förvaltningen <ins>q</ins>"))
                .as("a long word").isEqualTo("<del>x</del> förvaltningen <ins>q</ins>");
        assertThat(StaffReportReview.grouped("Oförändrad &amp; rad.")).isEqualTo("Oförändrad &amp; rad.");
    }

    @Test
    void aRewrittenSentenceReadsAsTheOldSentenceStruckAndTheNewOneInserted() {
        Line line = StaffReportReview.section("staffReport.field.assessment",
                List.of("Förvaltningen tillstyrker remissen men avstyrker att stödet begränsas till sex månader."),
                List.of("Förvaltningen tillstyrker remissen. Förslaget om att stödet begränsas bör utredas vidare."))
                .lines().get(0);
        assertThat(line.change()).isEqualTo(Change.CHANGED);
        assertThat(line.html()).isEqualTo("Förvaltningen tillstyrker remissen<del> men avstyrker</del>"
                + "<ins>. Förslaget om</ins> att stödet begränsas <del>till sex månader</del>"
                + "<ins>bör utredas vidare</ins>.")
                .as("no two groups apart by whitespace or two short words")
                .doesNotContainPattern("</ins>\\s*(\\S{1,4}(\\s+\\S{1,4})?)?\\s*<(del|ins)>")
                .doesNotContainPattern("</del>\\s*(\\S{1,4}(\\s+\\S{1,4})?)?\\s*<del>");
        String inserted = line.html().replaceAll("<del>.*?</del>", "").replaceAll("</?ins>", "");
        String deleted = line.html().replaceAll("<ins>.*?</ins>", "").replaceAll("</?del>", "");
        assertThat(inserted).isEqualTo(
                "Förvaltningen tillstyrker remissen. Förslaget om att stödet begränsas bör utredas vidare.");
        assertThat(deleted).isEqualTo(
                "Förvaltningen tillstyrker remissen men avstyrker att stödet begränsas till sex månader.");
    }
}
