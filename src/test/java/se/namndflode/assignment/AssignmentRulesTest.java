package se.namndflode.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.namndflode.assignment.AssignmentRules.Named;
import se.namndflode.shared.web.DomainException;

/** The assignment's own rules, without the database. */
class AssignmentRulesTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    @Test
    void anEndDateBeforeTheStartDateIsRefusedOnTheEndDate() {
        assertThatThrownBy(() -> AssignmentRules.checkDates(START, START.minusDays(1)))
                .isInstanceOf(DomainException.class).extracting("messageKey", "field")
                .containsExactly("assignment.endBeforeStart", "endDate");
    }

    @Test
    void anAssignmentMayStartAndEndOnTheSameDay() {
        assertThatCode(() -> AssignmentRules.checkDates(START, START)).doesNotThrowAnyException();
    }

    @Test
    void aBudgetOrPlanNamesItsYearAndADecisionItsMatterOrParagraph() {
        assertThatThrownBy(() -> AssignmentRules.checkSource(Source.COUNCIL_ACTIVITY, null, null, null))
                .extracting("messageKey").isEqualTo("assignment.sourceYear.required");
        assertThatThrownBy(() -> AssignmentRules.checkSource(Source.OPERATIONAL_PLAN, 1026, null, null))
                .extracting("messageKey").isEqualTo("assignment.sourceYear.range");
        assertThatThrownBy(() -> AssignmentRules.checkSource(Source.BOARD_DECISION, null, " ", null))
                .extracting("messageKey", "field")
                .containsExactly("assignment.sourceDecision.required", "sourceRegistryNumber");
        assertThatCode(() -> AssignmentRules.checkSource(Source.BOARD_DECISION, null, null, 17L))
                .doesNotThrowAnyException();
        assertThatCode(() -> AssignmentRules.checkSource(Source.BOARD_DECISION, null, "SOF 2026/3", null))
                .doesNotThrowAnyException();
    }

    @Test
    void aPartnerThatIsTheLeadIsRefusedWhateverItsCase() {
        Named lead = new Named(Body.keyOf("Kommunstyrelsen"), "Kommunstyrelsen");
        assertThatThrownBy(() -> AssignmentRules.checkPartners(lead,
                List.of(new Named(Body.keyOf("stadsdelsnämnderna"), "stadsdelsnämnderna"),
                        new Named(Body.keyOf(" kommunstyrelsen "), "kommunstyrelsen"))))
                .extracting("messageKey", "field").containsExactly("assignment.partner.isLead", "partners");
    }

    @Test
    void aPartnerNamedTwiceIsRefused() {
        Named lead = new Named(Body.keyOf("Socialnämnden"), "Socialnämnden");
        assertThatThrownBy(() -> AssignmentRules.checkPartners(lead,
                List.of(new Named(Body.keyOf("SHIS"), "SHIS"), new Named(Body.keyOf("shis"), "shis"))))
                .extracting("messageKey").isEqualTo("assignment.partner.twice");
    }

    @Test
    void aNewOrganisationsKindFollowsItsName() {
        assertThat(AssignmentRules.kindOf("AB Svenska Bostäder")).isEqualTo(BodyKind.COMPANY);
        assertThat(AssignmentRules.kindOf("Stockholm Business Region AB")).isEqualTo(BodyKind.COMPANY);
        assertThat(AssignmentRules.kindOf("Region Stockholm")).isEqualTo(BodyKind.REGION);
        assertThat(AssignmentRules.kindOf("stadsdelsnämnderna")).isEqualTo(BodyKind.BOARD_GROUP);
        assertThat(AssignmentRules.kindOf("berörda stadsdelsnämnder")).isEqualTo(BodyKind.OTHER);
        assertThat(AssignmentRules.kindOf("Södermalms stadsdelsnämnd")).isEqualTo(BodyKind.BOARD);
        assertThat(AssignmentRules.kindOf("SHIS")).isEqualTo(BodyKind.OTHER);
    }

    @Test
    void namesAreComparedWithoutCaseOrExtraSpaces() {
        assertThat(Body.keyOf("  Miljö-  och hälsoskyddsnämnden ")).isEqualTo("miljö- och hälsoskyddsnämnden");
    }
}
