package se.namndflode.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import se.namndflode.IntegrationTest;
import se.namndflode.MunicipalityFixtures;
import se.namndflode.SignedIn;
import se.namndflode.meeting.MinutesFixtures;
import se.namndflode.meeting.MinutesFixtures.HeldMeeting;
import se.namndflode.organisation.BoardForm;
import se.namndflode.organisation.BoardKind;
import se.namndflode.registry.Matter;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.web.DomainException;

/**
 * An assignment given by a board decision names its paragraph of the minutes; the meeting module's public API
 * ({@code Meetings.findParagraph}) says whether it exists, is the same board's of the same municipality and is
 * decided. Otherwise the assignment is refused on {@code sourceParagraphId} with the reason and nothing is saved.
 */
@IntegrationTest
class DecisionParagraphTest extends AssignmentTestSupport {

    @Autowired
    MinutesFixtures minutes;

    HeldMeeting held;
    Long boardId;
    String manager;

    @BeforeEach
    void heldMeeting() {
        held = minutes.closed(false);
        boardId = jdbc.queryForObject("select board_id from meeting where id = ?", Long.class, held.meetingId());
        Long stockholm = jdbc.queryForObject("select id from municipality where code = 'stockholm'", Long.class);
        manager = fixtures().account("chef." + MunicipalityFixtures.letters(8), Set.of(Role.MANAGER),
                Set.of(stockholm));
    }

    AssignmentForm decision(String reference, Long board, Long paragraphId) {
        AssignmentForm form = new AssignmentForm();
        form.setBoardId(board);
        form.setReference(reference);
        form.setSource(Source.BOARD_DECISION);
        form.setSourceParagraphId(paragraphId);
        form.setText("Nämnden uppdrar till förvaltningen att besvara skrivelsen");
        form.setStartDate(LocalDate.of(2026, 12, 1));
        form.setEndDate(LocalDate.of(2027, 3, 31));
        form.setReporting(Reporting.BOARD_MATTER);
        return form;
    }

    Assignment create(AssignmentForm form) {
        return SignedIn.as(fixtures().user(manager), () -> assignments.create(form));
    }

    void refused(AssignmentForm form, String messageKey) {
        assertThatThrownBy(() -> create(form)).isInstanceOf(DomainException.class)
                .hasFieldOrPropertyWithValue("messageKey", messageKey)
                .hasFieldOrPropertyWithValue("field", "sourceParagraphId");
        assertThat(jdbc.queryForObject("select count(*) from assignment where reference = ?", Long.class,
                form.getReference())).as("nothing saved").isZero();
    }

    @Test
    void aDecidedParagraphOfTheBoardGivesTheAssignmentAndItsMatter() {
        Long paragraph = held.paragraph(5);
        Long matterId = jdbc.queryForObject("select matter_id from meeting_paragraph where id = ?", Long.class,
                paragraph);
        Assignment made = create(decision("BD-" + MunicipalityFixtures.letters(6), boardId, paragraph));
        assertThat(made.getSourceParagraphId()).isEqualTo(paragraph);
        assertThat(made.getSourceMatterId()).as("linked to the paragraph's matter").isEqualTo(matterId);
    }

    @Test
    void anUnknownParagraphIsRefused() {
        refused(decision("BD-" + MunicipalityFixtures.letters(6), boardId, 987_654_321L),
                "assignment.sourceParagraph.unknown");
    }

    @Test
    void aParagraphOfAnotherBoardIsRefused() {
        BoardForm other = new BoardForm();
        other.setMunicipalityId(jdbc.queryForObject("select id from municipality where code = 'stockholm'",
                Long.class));
        other.setKind(BoardKind.BOARD);
        other.setName("Annan nämnd " + MunicipalityFixtures.letters(6));
        other.setAdministrationId(jdbc.queryForObject("select administration_id from board where id = ?", Long.class,
                boardId));
        other.setMemberCount(7);
        Long otherBoard = organisationAdmin.saveBoard(other).getId();
        refused(decision("BD-" + MunicipalityFixtures.letters(6), otherBoard, held.paragraph(5)),
                "assignment.sourceParagraph.otherBoard");
    }

    @Test
    void aParagraphOfAnotherMunicipalityIsNotEvenSeen() {
        MunicipalityFixtures.TestMunicipality kommun = municipality();
        AssignmentForm form = decision("BD-" + MunicipalityFixtures.letters(6), kommun.boardId(), held.paragraph(5));
        assertThatThrownBy(() -> asManager(kommun, () -> assignments.create(form)))
                .hasFieldOrPropertyWithValue("messageKey", "assignment.sourceParagraph.unknown");
    }

    @Test
    void aParagraphTabledOrNotYetHandledIsRefused() {
        Long paragraph = held.paragraph(6);
        jdbc.update("update meeting_paragraph set outcome = 'TABLED' where id = ?", paragraph);
        refused(decision("BD-" + MunicipalityFixtures.letters(6), boardId, paragraph),
                "assignment.sourceParagraph.notDecided");
        jdbc.update("update meeting_paragraph set outcome = null where id = ?", paragraph);
        refused(decision("BD-" + MunicipalityFixtures.letters(6), boardId, paragraph),
                "assignment.sourceParagraph.notDecided");
    }

    @Test
    void aParagraphOfAnotherMatterThanTheNamedOneIsRefused() {
        Long paragraph = held.paragraph(5);
        Long matterId = jdbc.queryForObject("select matter_id from meeting_paragraph where id = ?", Long.class,
                paragraph);
        Matter other = held.matters().stream().filter(matter -> !matter.getId().equals(matterId)).findFirst()
                .orElseThrow();
        AssignmentForm form = decision("BD-" + MunicipalityFixtures.letters(6), boardId, paragraph);
        form.setSourceRegistryNumber(other.getRegistryNumber().toString());
        refused(form, "assignment.sourceParagraph.otherMatter");
    }
}
