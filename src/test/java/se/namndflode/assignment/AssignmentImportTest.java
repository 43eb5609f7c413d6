package se.namndflode.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.namndflode.IntegrationTest;
import se.namndflode.MunicipalityFixtures.TestMunicipality;
import se.namndflode.shared.web.DomainException;

/**
 * The import file (docs/assignment-import.md): a dry run lists every refused row and why and saves nothing; a file
 * with one refused row is refused as a whole; a clean file is imported with its unknown organisations created once.
 */
@IntegrationTest
class AssignmentImportTest extends AssignmentTestSupport {

    @Autowired
    AssignmentImport imports;

    /** A file of the municipality's board with these rows (JSON objects). */
    static String file(TestMunicipality kommun, String... rows) {
        return """
                {"municipality": "%s", "board": "Socialnämnden i %s",
                 "relationTypes": [{"code": "ge_uppdrag_till", "name": "ge uppdrag till"}],
                 "organisations": [{"name": "Alla chefer", "kind": "UNIT"}],
                 "assignments": [%s]}""".formatted(kommun.code(), kommun.code(), String.join(",\n", rows));
    }

    static String row(String reference, String more) {
        return """
                {"reference": "%s", "source": "OPERATIONAL_PLAN", "year": 2026, "text": "Aktivitet %s",
                 "start": "2026-01-01", "end": "2026-12-31"%s}""".formatted(reference, reference,
                more.isEmpty() ? "" : ", " + more);
    }

    List<Integer> everything(String code) {
        return List.of(rows("assignment", code), rows("assignment_body", code), rows("assignment_relation_type", code),
                auditEvents(code));
    }

    @Test
    void aDryRunListsEveryRefusedRowAndWhyAndSavesNothing() {
        TestMunicipality kommun = municipality();
        List<Integer> before = everything(kommun.code());
        String text = file(kommun,
                row("N01", "\"lead\": \"Alla chefer\", \"partners\": [{\"organisation\": \"AB Familjebostäder\", "
                        + "\"relation\": \"i_samrad_med\"}]"),
                row("N02", "\"end\": \"2026-02-30\""),
                row("N01", ""),
                """
                {"reference": "N04", "source": "OPERATIONAL_PLAN", "year": 2026, "start": "2026-01-01",
                 "end": "2026-12-31"}""",
                row("N05", "\"end\": \"2025-12-31\""),
                row("N06", "\"lead\": \"Kommunstyrelsen\", \"partners\": [{\"organisation\": \"kommunstyrelsen\", "
                        + "\"relation\": \"i_samrad_med\"}]"),
                row("N07", "\"goal\": \"9.9\""),
                row("N08", "\"source\": \"BUDGET\""),
                row("N09", "\"partners\": [{\"organisation\": \"Region Stockholm\", \"relation\": \"ge_uppdrag_till\"}]"));

        AssignmentImport.Result result = asManager(kommun, () -> imports.importFile(imports.read(text), true));

        assertThat(result.dryRun()).isTrue();
        assertThat(result.imported()).isFalse();
        assertThat(result.rows()).isEqualTo(9);
        assertThat(result.accepted()).isEqualTo(2);
        assertThat(result.refused()).extracting(AssignmentImport.Refusal::row, AssignmentImport.Refusal::reference,
                AssignmentImport.Refusal::field).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "N02", "end"),
                        org.assertj.core.groups.Tuple.tuple(3, "N01", "reference"),
                        org.assertj.core.groups.Tuple.tuple(4, "N04", "text"),
                        org.assertj.core.groups.Tuple.tuple(5, "N05", "end"),
                        org.assertj.core.groups.Tuple.tuple(6, "N06", "partners"),
                        org.assertj.core.groups.Tuple.tuple(7, "N07", "goal"),
                        org.assertj.core.groups.Tuple.tuple(8, "N08", "source"));
        assertThat(result.refused()).extracting(AssignmentImport.Refusal::reason).containsExactly(
                "2026-02-30 är inget datum (ÅÅÅÅ-MM-DD) för end.",
                "Beteckningen N01 finns redan på rad 1 i filen.",
                "Skriv uppdragets exakta lydelse.",
                "Slutdatumet 2025-12-31 är före startdatumet 2026-01-01.",
                "kommunstyrelsen är redan ansvarig för uppdraget och kan inte också vara samverkanspart.",
                "Målet 9.9 finns inte i planen för 2026.",
                "BUDGET är inget giltigt värde för source (giltiga: COUNCIL_ASSIGNMENT, COUNCIL_ACTIVITY, "
                        + "OPERATIONAL_PLAN, BOARD_DECISION).");
        // Of the accepted rows: a refused row is looked at again once corrected.
        assertThat(result.newOrganisations()).extracting(AssignmentImport.NewOrganisation::name,
                AssignmentImport.NewOrganisation::kind).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Alla chefer", BodyKind.UNIT),
                        org.assertj.core.groups.Tuple.tuple("AB Familjebostäder", BodyKind.COMPANY),
                        org.assertj.core.groups.Tuple.tuple("Region Stockholm", BodyKind.REGION));
        assertThat(everything(kommun.code())).as("nothing saved by the dry run").isEqualTo(before);
    }

    @Test
    void aFileWithOneRefusedRowIsRefusedAsAWholeAndNothingIsHalfImported() {
        TestMunicipality kommun = municipality();
        List<Integer> before = everything(kommun.code());
        String text = file(kommun, row("N01", "\"partners\": [{\"organisation\": \"SHIS\", \"relation\": "
                + "\"i_samrad_med\"}]"), row("N02", ""), row("N03", "\"start\": null"));
        assertThatThrownBy(() -> asManager(kommun, () -> imports.importFile(imports.read(text), false)))
                .isInstanceOf(DomainException.class).satisfies(thrown -> {
                    DomainException refusal = (DomainException) thrown;
                    assertThat(refusal.messageKey()).isEqualTo("assignment.import.refused");
                    assertThat(refusal.arguments()).containsExactly(1, 3);
                    assertThat((List<?>) refusal.properties().get("refused")).singleElement()
                            .extracting("row", "field", "reason").containsExactly(3, "start", "Fältet start saknas.");
                });
        assertThat(everything(kommun.code())).as("no row, organisation, relation type or audit event").isEqualTo(before);
    }

    @Test
    void aCleanFileIsImportedWithItsUnknownOrganisationsCreatedOnce() {
        TestMunicipality kommun = municipality();
        String text = file(kommun,
                row("K01", "\"source\": \"COUNCIL_ACTIVITY\", \"partners\": [{\"organisation\": \"Utbildningsnämnden\","
                        + " \"relation\": \"i_samrad_med\"}, {\"organisation\": \"Stadsdelsnämnderna\", \"relation\": "
                        + "\"i_samrad_med\"}], \"responsible\": \"%s\"".formatted(kommun.user(
                                se.namndflode.shared.security.Role.CASE_OFFICER))),
                row("K02", "\"lead\": \"Kommunstyrelsen\", \"partners\": [{\"organisation\": \"stadsdelsnämnderna\", "
                        + "\"relation\": \"ge_uppdrag_till\"}], \"reporting\": \"board_matter\""),
                row("N15", "\"lead\": \"alla chefer\""));

        AssignmentImport.Result result = asManager(kommun, () -> imports.importFile(imports.read(text), false));

        assertThat(result.imported()).isTrue();
        assertThat(result.assignmentIds()).hasSize(3);
        assertThat(result.newOrganisations()).extracting(AssignmentImport.NewOrganisation::name)
                .containsExactly("Utbildningsnämnden", "Stadsdelsnämnderna", "Kommunstyrelsen", "alla chefer");
        assertThat(rows("assignment_body", kommun.code())).isEqualTo(4);
        assertThat(jdbc.queryForObject("select kind from assignment_body where municipality_code = ? and "
                + "name_key = 'alla chefer'", String.class, kommun.code())).as("the file's kind").isEqualTo("UNIT");
        Assignment k02 = asManager(kommun, () -> assignments.assignment(kommun.code(), "K02")).orElseThrow();
        assertThat(k02.getReporting()).isEqualTo(Reporting.BOARD_MATTER);
        assertThat(Assignments.partnersOf(k02)).isEqualTo("ge uppdrag till Stadsdelsnämnderna");
        assertThat(asManager(kommun, () -> assignments.assignment(kommun.code(), "K01")).orElseThrow()
                .getResponsibleName()).startsWith("Testperson");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where municipality_code = ? and action = ?",
                Integer.class, kommun.code(), "ASSIGNMENT_CREATED")).isEqualTo(3);
    }

    @Test
    void theFollowUpSoFarComesWithTheRowsAndADeviationNeedsItsText() {
        TestMunicipality kommun = municipality();
        String refused = file(kommun, row("N01", "\"statusReports\": [{\"asOf\": \"2026-04-30\", \"status\": "
                + "\"DEVIATION\"}]"), row("N02", "\"statusReports\": [{\"asOf\": \"2025-04-30\", \"status\": "
                + "\"ON_TRACK\"}]"), row("N03", "\"statusReports\": [{\"asOf\": \"2026-04-30\", \"status\": "
                + "\"DONE\"}]"));
        assertThat(asManager(kommun, () -> imports.importFile(imports.read(refused), true)).refused())
                .extracting(AssignmentImport.Refusal::row, AssignmentImport.Refusal::reason).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, "Beskriv avvikelsen: vad avviker, varför och vad görs."),
                        org.assertj.core.groups.Tuple.tuple(2, "Statusrapporten per 2025-04-30 ska vara från "
                                + "startdatumet 2026-01-01 till i dag, " + java.time.LocalDate.now() + "."),
                        org.assertj.core.groups.Tuple.tuple(3, "Tidigare statusrapporter kan vara enligt plan eller "
                                + "avvikelse; ett uppdrag som redan är klart importeras inte."));

        String text = file(kommun, row("N01", "\"statusReports\": [{\"asOf\": \"2026-08-31\", \"status\": "
                + "\"DEVIATION\", \"text\": \"Upphandlingen är överprövad.\"}, {\"asOf\": \"2026-04-30\", "
                + "\"status\": \"ON_TRACK\"}]"));
        Long id = asManager(kommun, () -> imports.importFile(imports.read(text), false)).assignmentIds().get(0);
        Assignment imported = asManager(kommun, () -> assignments.assignment(id));
        assertThat(imported.getLatestStatus()).isEqualTo(Status.DEVIATION);
        assertThat(imported.getLatestStatusOn()).isEqualTo(java.time.LocalDate.of(2026, 8, 31));
        assertThat(asManager(kommun, () -> assignments.statusReports(id))).extracting(StatusReport::getStatus)
                .containsExactly(Status.DEVIATION, Status.ON_TRACK);
    }

    @Test
    void caseOfficersDoNotImportAndOtherMunicipalitiesAreNotFound() {
        TestMunicipality kommun = municipality();
        TestMunicipality other = municipality();
        String text = file(kommun, row("N01", ""));
        assertThatThrownBy(() -> as(kommun, se.namndflode.shared.security.Role.CASE_OFFICER,
                () -> imports.importFile(imports.read(text), true))).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("assignment.managersOnly");
        assertThatThrownBy(() -> asManager(other, () -> imports.importFile(imports.read(text), true)))
                .isInstanceOf(DomainException.class).extracting("messageKey")
                .isEqualTo("assignment.notFound.municipality");
    }

    /**
     * A null where the file has an object: a row, a partner or a past status report refuses its row with the
     * reason, like a row that lacks the fields; a null relation type or organisation declares nothing. Never a
     * server error.
     */
    @Test
    void aNullInTheFilesListsRefusesItsRowWithAReason() {
        TestMunicipality kommun = municipality();
        List<Integer> before = everything(kommun.code());
        String text = """
                {"municipality": "%s", "board": "Socialnämnden i %s",
                 "relationTypes": [null], "organisations": [null],
                 "assignments": [%s, null, %s, %s]}""".formatted(kommun.code(), kommun.code(), row("N01", ""),
                row("N03", "\"partners\": [null]"), row("N04", "\"statusReports\": [null]"));

        AssignmentImport.Result result = asManager(kommun, () -> imports.importFile(imports.read(text), true));

        assertThat(result.rows()).isEqualTo(4);
        assertThat(result.accepted()).isEqualTo(1);
        assertThat(result.refused()).extracting(AssignmentImport.Refusal::row, AssignmentImport.Refusal::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "source"),
                        org.assertj.core.groups.Tuple.tuple(3, "partners"),
                        org.assertj.core.groups.Tuple.tuple(4, "statusReports.asOf"));
        assertThat(result.refused()).extracting(AssignmentImport.Refusal::reason).containsExactly(
                "Fältet source saknas.", "En samverkanspart saknar organisationens namn.",
                "Fältet statusReports.asOf saknas.");
        assertThat(everything(kommun.code())).isEqualTo(before);
    }

    @Test
    void unreadableJsonIsRefusedAsAWhole() {
        assertThatThrownBy(() -> imports.read("{\"municipality\": ")).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("assignment.import.unreadable");
        assertThatThrownBy(() -> imports.read("null")).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("assignment.import.empty");
    }
}
