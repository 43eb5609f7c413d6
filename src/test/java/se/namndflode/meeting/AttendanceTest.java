package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndflode.meeting.BoardFixture.refused;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tjänstgöring: the serving list of each paragraph from the seats and the attendance facts (primer 3.2). */
class AttendanceTest {

    private final BoardFixture board = new BoardFixture();

    private static List<Long> ids(ServingList list) {
        return list.serving().stream().map(ServingPerson::personId).toList();
    }

    @Test
    void membersPresentServeInTheirOwnSeatsAndTheBoardHasQuorum() {
        ServingList list = board.allMembersPresent().serving(board.paragraph(1));

        assertThat(ids(list)).containsExactlyElementsOf(board.members.stream().map(PersonRef::personId).toList());
        assertThat(list.serving()).noneMatch(ServingPerson::substitute);
        assertThat(list.hasQuorum()).isTrue();
        assertThat(list.quorum()).isEqualTo(7);
        assertThat(list.presiding()).isEqualTo(board.ojanne);
    }

    @Test
    void anAbsentMembersSeatGoesToTheFirstPresentSubstituteOfTheSameParty() {
        List<PersonRef> present = new java.util.ArrayList<>(board.membersExcept(board.s2));
        present.addAll(List.of(board.subS2, board.subV1)); // S's first substitute is not there; the second is.
        ServingList list = board.present(present).serving(board.paragraph(1));

        ServingPerson substitute = list.servingPerson(board.subS2.personId()).orElseThrow();
        assertThat(substitute.substitute()).isTrue();
        assertThat(substitute.servesFor()).isEqualTo(board.s2);
        assertThat(list.isServing(board.subV1.personId())).isFalse();
        assertThat(list.presentNotServing()).containsExactly(board.subV1);
        assertThat(list.serving()).hasSize(13);
    }

    @Test
    void withoutASubstituteOfTheSamePartyTheNextByTheOrderServes() {
        List<PersonRef> present = new java.util.ArrayList<>(board.membersExcept(board.jonsson));
        present.add(board.subKD1);
        ServingList list = board.present(present).serving(board.paragraph(1));

        assertThat(list.servingPerson(board.subKD1.personId()).orElseThrow().servesFor()).isEqualTo(board.jonsson);
    }

    @Test
    void aMemberWhoArrivesBeforeParagraphSixServesFromSixAndTheSubstituteUntilThen() {
        List<PersonRef> present = new java.util.ArrayList<>(board.membersExcept(board.jacobsson));
        present.add(board.subC1);
        Attendance attendance = board.present(present).withChange(new AttendanceChange(board.jacobsson.personId(),
                AttendanceChange.Movement.ARRIVED, board.paragraph(6)));

        for (int paragraph = 1; paragraph <= 5; paragraph++) {
            ServingList list = attendance.serving(board.paragraph(paragraph));
            assertThat(list.isServing(board.jacobsson.personId())).as("§ %d", paragraph).isFalse();
            assertThat(list.servingPerson(board.subC1.personId()).orElseThrow().servesFor()).isEqualTo(board.jacobsson);
        }
        for (int paragraph = 6; paragraph <= 8; paragraph++) {
            ServingList list = attendance.serving(board.paragraph(paragraph));
            assertThat(list.isServing(board.jacobsson.personId())).as("§ %d", paragraph).isTrue();
            assertThat(list.isServing(board.subC1.personId())).isFalse();
            assertThat(list.presentNotServing()).contains(board.subC1);
        }
    }

    @Test
    void aMemberWithJavLeavesThatParagraphOnlyAndASubstituteServesForIt() {
        List<PersonRef> present = new java.util.ArrayList<>(board.members);
        present.add(board.subM1);
        Attendance attendance = board.present(present)
                .withRecusal(new Recusal(board.m2.personId(), board.paragraph(4)));

        ServingList four = attendance.serving(board.paragraph(4));
        assertThat(four.isServing(board.m2.personId())).isFalse();
        assertThat(four.isRecused(board.m2.personId())).isTrue();
        assertThat(four.isPresent(board.m2.personId())).isFalse();
        assertThat(four.servingPerson(board.subM1.personId()).orElseThrow().servesFor()).isEqualTo(board.m2);
        ServingList five = attendance.serving(board.paragraph(5));
        assertThat(five.isServing(board.m2.personId())).isTrue();
        assertThat(five.isServing(board.subM1.personId())).isFalse();
    }

    @Test
    void aRecordedSubstitutionIsFollowedInsteadOfTheOrder() {
        List<PersonRef> present = new java.util.ArrayList<>(board.membersExcept(board.s3));
        present.addAll(List.of(board.subS1, board.subS2));
        Attendance attendance = board.present(present).withSubstitution(new Substitution(board.subS2.personId(),
                board.s3.personId(), null, null));

        ServingList list = attendance.serving(board.paragraph(2));
        ServingPerson serving = list.servingPerson(board.subS2.personId()).orElseThrow();
        assertThat(serving.servesFor()).isEqualTo(board.s3);
        assertThat(serving.calledInByOrder()).isFalse();
        assertThat(list.isServing(board.subS1.personId())).isFalse();
    }

    @Test
    void aSubstituteWhoBeganToServeContinuesWhenOneEarlierInTheOrderArrives() {
        List<PersonRef> present = new java.util.ArrayList<>(board.membersExcept(board.s4));
        present.add(board.subS2);
        Attendance attendance = board.present(present).withChange(new AttendanceChange(board.subS1.personId(),
                AttendanceChange.Movement.ARRIVED, board.paragraph(3)));

        assertThat(attendance.serving(board.paragraph(2)).isServing(board.subS2.personId())).isTrue();
        ServingList three = attendance.serving(board.paragraph(3));
        assertThat(three.isServing(board.subS2.personId())).isTrue();
        assertThat(three.isServing(board.subS1.personId())).isFalse();
    }

    @Test
    void aSubstituteCannotServeForAMemberWhoIsPresent() {
        Attendance attendance = board.present(List.of(board.ojanne, board.s2, board.subS1));

        String message = refused(() -> attendance.withSubstitution(new Substitution(board.subS1.personId(),
                board.s2.personId(), board.paragraph(2), null)), "meeting.substitution.memberPresent");

        assertThat(message).contains("Sara Lind (S) är närvarande och tjänstgör själv vid § 2");
        assertThat(attendance.substitutions()).isEmpty();
    }

    @Test
    void twoPersonsCannotServeInOneSeat() {
        List<PersonRef> present = new java.util.ArrayList<>(board.membersExcept(board.s2));
        present.addAll(List.of(board.subS1, board.subS2));
        Attendance attendance = board.present(present).withSubstitution(new Substitution(board.subS1.personId(),
                board.s2.personId(), null, board.paragraph(5)));

        String message = refused(() -> attendance.withSubstitution(new Substitution(board.subS2.personId(),
                board.s2.personId(), board.paragraph(4), null)), "meeting.substitution.seatTaken");

        assertThat(message).isEqualTo("Vid § 4 tjänstgör redan Anna Holm (S) för Sara Lind (S). "
                + "Två personer kan inte tjänstgöra på samma plats.");
        assertThat(attendance.substitutions()).hasSize(1);
    }

    @Test
    void aSubstituteFillsOneSeatAtATime() {
        List<PersonRef> present = new java.util.ArrayList<>(board.membersExcept(board.s2, board.s3));
        present.add(board.subS1);
        Attendance attendance = board.present(present).withSubstitution(new Substitution(board.subS1.personId(),
                board.s2.personId(), null, null));

        refused(() -> attendance.withSubstitution(new Substitution(board.subS1.personId(), board.s3.personId(),
                null, null)), "meeting.substitution.substituteBusy");
    }

    @Test
    void withFewerThanMoreThanHalfServingThereIsNoQuorum() {
        ServingList six = board.present(board.members.subList(0, 6)).serving(board.paragraph(1));
        ServingList seven = board.present(board.members.subList(0, 7)).serving(board.paragraph(1));

        assertThat(six.hasQuorum()).isFalse();
        assertThat(seven.hasQuorum()).isTrue();
    }

    @Test
    void theViceChairPresidesWhenTheChairIsAbsentOrHasJav() {
        Attendance attendance = board.allMembersPresent().withRecusal(new Recusal(board.ojanne.personId(),
                board.paragraph(3)));

        assertThat(attendance.serving(board.paragraph(2)).presiding()).isEqualTo(board.ojanne);
        assertThat(attendance.serving(board.paragraph(3)).presiding()).isEqualTo(board.hedin);
    }

    @Test
    void arrivalsAndDeparturesAreCheckedAgainstWhoIsThere() {
        Attendance attendance = board.present(List.of(board.ojanne));

        refused(() -> attendance.withChange(new AttendanceChange(board.ojanne.personId(),
                AttendanceChange.Movement.ARRIVED, board.paragraph(3))), "meeting.attendance.alreadyPresent");
        refused(() -> attendance.withChange(new AttendanceChange(board.s2.personId(),
                AttendanceChange.Movement.LEFT, board.paragraph(3))), "meeting.attendance.notPresent");
        refused(() -> attendance.withChange(new AttendanceChange(board.ojanne.personId(),
                AttendanceChange.Movement.LEFT, null)), "meeting.attendance.departureNeedsParagraph");
        refused(() -> attendance.withChange(new AttendanceChange(99_999L, AttendanceChange.Movement.ARRIVED, null)),
                "meeting.attendance.noSeat");

        Attendance leaves = attendance.withChange(new AttendanceChange(board.ojanne.personId(),
                AttendanceChange.Movement.LEFT, board.paragraph(5)));
        assertThat(leaves.isPresent(board.ojanne.personId(), board.paragraph(4))).isTrue();
        assertThat(leaves.isPresent(board.ojanne.personId(), board.paragraph(5))).isFalse();
        // Taking back the arrival would leave a departure of someone who never came.
        refused(() -> leaves.withoutChange(new AttendanceChange(board.ojanne.personId(),
                AttendanceChange.Movement.ARRIVED, null)), "meeting.attendance.order");
    }

    @Test
    void attendanceCannotChangeWhoServedInADecidedParagraph() {
        List<PersonRef> present = new java.util.ArrayList<>(board.membersExcept(board.jacobsson));
        present.add(board.subC1);
        Attendance before = board.present(present);
        Attendance arrivesAtTwo = before.withChange(new AttendanceChange(board.jacobsson.personId(),
                AttendanceChange.Movement.ARRIVED, board.paragraph(2)));
        Attendance arrivesAtFour = before.withChange(new AttendanceChange(board.jacobsson.personId(),
                AttendanceChange.Movement.ARRIVED, board.paragraph(4)));
        Set<Long> decided = Set.of(board.paragraph(1), board.paragraph(2), board.paragraph(3));

        String message = refused(() -> arrivesAtTwo.checkServingUnchanged(before, decided),
                "meeting.attendance.lockedParagraph");
        assertThat(message).startsWith("Ändringen skulle ändra vilka som tjänstgjorde vid § 2");
        arrivesAtFour.checkServingUnchanged(before, decided);
    }
}
