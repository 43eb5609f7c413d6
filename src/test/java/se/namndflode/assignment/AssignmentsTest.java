package se.namndflode.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.namndflode.IntegrationTest;
import se.namndflode.MunicipalityFixtures.TestMunicipality;
import se.namndflode.registry.MatterForm;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.web.DomainException;

/**
 * Registering and changing assignments through the service: the lead and partners as organisations of any kind,
 * the board itself when no lead is named, the source, and every refusal leaving nothing behind (no assignment, no
 * organisation, no audit event).
 */
@IntegrationTest
class AssignmentsTest extends AssignmentTestSupport {

    @Autowired
    Registry registry;

    /** Runs a refused action; checks its message key and field and that the municipality's data is unchanged. */
    void refused(TestMunicipality municipality, Supplier<?> action, String messageKey, String field) {
        List<Integer> before = footprint(municipality.code());
        assertThatThrownBy(action::get).isInstanceOf(DomainException.class)
                .extracting("messageKey", "field").containsExactly(messageKey, field);
        assertThat(footprint(municipality.code())).isEqualTo(before);
    }

    @Test
    void registersTheLeadAndPartnersAsOrganisationsWithTheirRelations() {
        TestMunicipality kommun = municipality();
        AssignmentForm form = form(kommun, "K02");
        form.setSource(Source.COUNCIL_ACTIVITY);
        form.setText("Kommunstyrelsen ska i samråd med socialnämnden och stadsdelsnämnderna utreda "
                + "ersättningsmodellen för profilboende");
        form.setLeadName("Kommunstyrelsen");
        form.setPartners(partners(partner("stadsdelsnämnderna", "i_samrad_med"),
                partner("AB Svenska Bostäder", "i_samarbete_med"), partner("", null)));
        Assignment saved = asManager(kommun, () -> assignments.create(form));

        Assignment read = asManager(kommun, () -> assignments.assignment(saved.getId()));
        assertThat(read.getLeadName()).isEqualTo("Kommunstyrelsen");
        assertThat(read.getLead().getKind()).isEqualTo(BodyKind.BOARD);
        assertThat(read.getPartners()).extracting(p -> p.getRelation().getName() + " " + p.getBody().getName()
                + " (" + p.getBody().getKind() + ")").containsExactly(
                        "i samråd med stadsdelsnämnderna (BOARD_GROUP)",
                        "i samarbete med AB Svenska Bostäder (COMPANY)");
        assertThat(rows("assignment_body", kommun.code())).isEqualTo(3);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where entity_type = 'Assignment' and "
                + "entity_id = ? and action = 'ASSIGNMENT_CREATED'", Integer.class, saved.getId().toString()))
                .isEqualTo(1);
    }

    @Test
    void anAssignmentWithoutANamedLeadIsLedByTheBoardItself() {
        TestMunicipality kommun = municipality();
        AssignmentForm form = form(kommun, "N20");
        Assignment saved = asManager(kommun, () -> assignments.create(form));
        assertThat(saved.getLead()).isNull();
        assertThat(saved.getLeadName()).isEqualTo("Socialnämnden i " + kommun.code());

        AssignmentForm namingTheBoard = form(kommun, "N21");
        namingTheBoard.setLeadName("socialnämnden i " + kommun.code());
        assertThat(asManager(kommun, () -> assignments.create(namingTheBoard)).getLead()).isNull();
    }

    @Test
    void theSameOrganisationIsOneWhateverItsCase() {
        TestMunicipality kommun = municipality();
        AssignmentForm first = form(kommun, "A1");
        first.setPartners(partners(partner("SHIS", "i_samrad_med")));
        AssignmentForm second = form(kommun, "A2");
        second.setPartners(partners(partner(" shis ", "i_samarbete_med")));
        asManager(kommun, () -> assignments.create(first));
        asManager(kommun, () -> assignments.create(second));
        assertThat(rows("assignment_body", kommun.code())).isEqualTo(1);
    }

    @Test
    void anEndDateBeforeTheStartDateIsRefusedAndNothingSaved() {
        TestMunicipality kommun = municipality();
        AssignmentForm form = form(kommun, "X1");
        form.setPartners(partners(partner("Region Stockholm", "i_samverkan_med")));
        form.setEndDate(LocalDate.of(2025, 12, 31));
        refused(kommun, () -> asManager(kommun, () -> assignments.create(form)), "assignment.endBeforeStart",
                "endDate");
    }

    @Test
    void aPartnerThatIsTheLeadIsRefusedAndNothingSaved() {
        TestMunicipality kommun = municipality();
        AssignmentForm form = form(kommun, "X2");
        form.setLeadName("Kommunstyrelsen");
        form.setPartners(partners(partner("Region Stockholm", "i_samrad_med"),
                partner("kommunstyrelsen", "i_samrad_med")));
        refused(kommun, () -> asManager(kommun, () -> assignments.create(form)), "assignment.partner.isLead",
                "partners");

        AssignmentForm boardItself = form(kommun, "X3");
        boardItself.setPartners(partners(partner("Socialnämnden i " + kommun.code(), "i_samrad_med")));
        refused(kommun, () -> asManager(kommun, () -> assignments.create(boardItself)),
                "assignment.partner.isLead", "partners");
    }

    @Test
    void anUnknownRelationOrResponsiblePersonIsRefused() {
        TestMunicipality kommun = municipality();
        AssignmentForm relation = form(kommun, "X4");
        relation.setPartners(partners(partner("SHIS", "i_konflikt_med")));
        refused(kommun, () -> asManager(kommun, () -> assignments.create(relation)), "assignment.relation.unknown",
                "partners");

        AssignmentForm responsible = form(kommun, "X5");
        responsible.setResponsible(kommun.user(Role.SECRETARY));
        refused(kommun, () -> asManager(kommun, () -> assignments.create(responsible)),
                "assignment.responsible.unknown", "responsible");
        responsible.setResponsible("handlaggare"); // Stockholm's, not this municipality's
        refused(kommun, () -> asManager(kommun, () -> assignments.create(responsible)),
                "assignment.responsible.unknown", "responsible");
    }

    @Test
    void aReferenceIsUniqueWithinTheMunicipalityOnly() {
        TestMunicipality kommun = municipality();
        TestMunicipality other = municipality();
        asManager(kommun, () -> assignments.create(form(kommun, "K01")));
        refused(kommun, () -> asManager(kommun, () -> assignments.create(form(kommun, "K01"))),
                "assignment.reference.taken", "reference");
        assertThat(asManager(other, () -> assignments.create(form(other, "K01"))).getId()).isNotNull();
    }

    @Test
    void caseOfficersReadButDoNotRegisterAndOtherMunicipalitiesSeeNothing() {
        TestMunicipality kommun = municipality();
        TestMunicipality other = municipality();
        refused(kommun, () -> as(kommun, Role.CASE_OFFICER, () -> assignments.create(form(kommun, "X6"))),
                "assignment.managersOnly", null);
        Assignment saved = as(kommun, Role.DIRECTOR, () -> assignments.create(form(kommun, "X7")));
        assertThat(as(kommun, Role.CASE_OFFICER, () -> assignments.assignment(saved.getId())).getReference())
                .isEqualTo("X7");
        assertThatThrownBy(() -> asManager(other, () -> assignments.assignment(saved.getId())))
                .isInstanceOf(DomainException.class).extracting("messageKey").isEqualTo("assignment.notFound");
        refused(other, () -> asManager(other, () -> assignments.create(form(kommun, "X8"))), "notFound.board",
                null);
    }

    @Test
    void aStaleVersionIsAConflictAndChangesNothing() {
        TestMunicipality kommun = municipality();
        Assignment saved = asManager(kommun, () -> assignments.create(form(kommun, "V1")));
        AssignmentForm first = AssignmentForm.of(saved);
        AssignmentForm second = AssignmentForm.of(saved);
        first.setEndDate(LocalDate.of(2026, 10, 31));
        asManager(kommun, () -> assignments.update(saved.getId(), first));
        second.setText("En annan lydelse");
        assertThatThrownBy(() -> asManager(kommun, () -> assignments.update(saved.getId(), second)))
                .isInstanceOf(DomainException.class).extracting("code", "messageKey")
                .containsExactly("concurrent-change", "assignment.changedMeanwhile");
        Assignment now = asManager(kommun, () -> assignments.assignment(saved.getId()));
        assertThat(now.getEndDate()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(now.getText()).isEqualTo(saved.getText());
        assertThat(jdbc.queryForObject("select details from audit_event where entity_type = 'Assignment' and "
                + "entity_id = ? and action = 'ASSIGNMENT_UPDATED'", String.class, saved.getId().toString()))
                .isEqualTo("slutdatum: \"2026-12-31\" → \"2026-10-31\"");
    }

    @Test
    void aBoardDecisionsAssignmentIsLinkedToItsMatter() {
        TestMunicipality kommun = municipality();
        MatterForm matter = new MatterForm();
        matter.setBoardId(kommun.boardId());
        matter.setKind(MatterKind.INQUIRY);
        matter.setTitle("Skrivelse om hemlöshet");
        String number = registry.registerMatter(matter).getRegistryNumber().toString();

        AssignmentForm form = form(kommun, number + ":1");
        form.setSource(Source.BOARD_DECISION);
        form.setSourceYear(2026);
        form.setSourceRegistryNumber(number.toLowerCase());
        form.setText("Nämnden uppdrar till förvaltningen att besvara skrivelsen");
        Assignment saved = asManager(kommun, () -> assignments.create(form));
        assertThat(saved.getSourceRegistryNumber()).isEqualTo(number);
        assertThat(saved.getSourceMatterId()).isNotNull();
        assertThat(saved.getSourceYear()).as("a decision has no budget year").isNull();

        AssignmentForm malformed = form(kommun, "D2");
        malformed.setSource(Source.BOARD_DECISION);
        malformed.setSourceRegistryNumber("beslut i maj");
        refused(kommun, () -> asManager(kommun, () -> assignments.create(malformed)),
                "assignment.sourceMatter.malformed", "sourceRegistryNumber");
        malformed.setSourceRegistryNumber("SOF 2019/999");
        refused(kommun, () -> asManager(kommun, () -> assignments.create(malformed)),
                "assignment.sourceMatter.unknown", "sourceRegistryNumber");
    }

    @Test
    void aNewMunicipalityHasTheStandardRelationTypes() {
        TestMunicipality kommun = municipality();
        assertThat(asManager(kommun, () -> assignments.relationTypes(kommun.code())))
                .extracting(RelationType::getName).containsExactlyInAnyOrder("i samarbete med", "i samråd med",
                        "i samverkan med", "ge stöd till", "tillsammans med", "gemensamt ansvarig med");
    }
}
