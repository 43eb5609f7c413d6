package se.namndflode.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import se.namndflode.organisation.BoardRole;
import se.namndflode.organisation.SeatType;

/**
 * What the console API returns (JSON): the meeting with its paragraphs and versions, the attendance with every
 * paragraph's serving list, and one paragraph's whole handling with the minutes' wording. Versions are what the
 * next change must carry (0: nothing recorded yet).
 */
final class ConsoleViews {

    private ConsoleViews() {
    }

    /** A person as the minutes name them: "Kristin Jacobsson (C)". */
    record PersonView(Long personId, String name, String party, String display) {

        static PersonView of(PersonRef person) {
            return person == null ? null : new PersonView(person.personId(), person.name(), person.partyCode(),
                    person.display());
        }

        static List<PersonView> of(List<PersonRef> persons) {
            return persons.stream().map(PersonView::of).toList();
        }
    }

    /** One seat of the board on the meeting's day. */
    record SeatView(Long personId, String name, String party, SeatType seatType, BoardRole boardRole,
            Integer substituteOrder) {

        static SeatView of(SeatHolder seat) {
            return new SeatView(seat.personId(), seat.person().name(), seat.partyCode(), seat.type(), seat.role(),
                    seat.substituteOrder());
        }
    }

    /** A serving person: a member, or a substitute serving for {@code servesFor}. */
    record ServingView(PersonView person, boolean substitute, PersonView servesFor, boolean calledInByOrder) {

        static ServingView of(ServingPerson serving) {
            return new ServingView(PersonView.of(serving.person()), serving.substitute(),
                    PersonView.of(serving.servesFor()), serving.calledInByOrder());
        }
    }

    /** The röstlängd of a paragraph: who serves, who is present without serving, who left for jäv, the quorum. */
    record ServingListView(Long paragraphId, String label, List<ServingView> serving,
            List<PersonView> presentNotServing, List<PersonView> recused, int servingCount, int quorum,
            boolean quorate, PersonView presiding) {

        static ServingListView of(ServingList list) {
            return new ServingListView(list.paragraph().paragraphId(), list.paragraph().label(),
                    list.serving().stream().map(ServingView::of).toList(), PersonView.of(list.presentNotServing()),
                    PersonView.of(list.recused()), list.serving().size(), list.quorum(), list.hasQuorum(),
                    PersonView.of(list.presiding()));
        }
    }

    /** The attendance of the meeting: its version, the seats, the recorded facts and every paragraph's serving list. */
    record AttendanceState(Long meetingId, long version, MeetingStatus meetingStatus, long liveRevision,
            List<SeatView> seats, List<AttendanceChange> changes, List<Recusal> recusals,
            List<Substitution> substitutions, List<ServingListView> servingLists) {
    }

    /** A paragraph in the meeting's overview, with the version of its handling. */
    record ParagraphSummary(Long paragraphId, Integer number, String label, int position, ParagraphKind kind,
            String title, String registryNumber, boolean exerciseOfAuthority, ParagraphOutcome outcome, long version,
            int servingCount, int quorum, boolean quorate) {
    }

    /**
     * The meeting as the console opens it; {@code currentParagraphId}: the first paragraph in agenda order not yet
     * handled (none when all are), where the console and the members' live view start.
     */
    record MeetingState(Long meetingId, String boardName, LocalDate day, LocalTime startsAt, String place,
            MeetingStatus status, long liveRevision, OffsetDateTime justeringAt, String justeringPlace,
            long attendanceVersion, Long currentParagraphId, List<ParagraphSummary> paragraphs) {
    }

    /** A yrkande with its wording in the minutes. */
    record ProposalView(int number, ProposalKind kind, List<PersonView> movers, List<PersonView> concurrences,
            List<String> clauses, String argument, String reason, boolean withdrawn, String reference,
            String wording) {
    }

    /** An alternative of a question: its key (TODAY, ADMINISTRATION, PROPOSAL:n) and how the minutes name it. */
    record AlternativeView(String key, String label) {
    }

    record BallotView(PersonView person, BallotChoice choice, PersonView servesFor) {
    }

    /**
     * An omröstning: Ja and Nej (Nej empty until the motförslag is chosen), the roll call, who has not voted yet,
     * and when closed the tally, the utslagsröst and the winner.
     */
    record VoteView(AlternativeView yes, AlternativeView no, PersonView demandedBy, boolean closed,
            List<BallotView> ballots, List<PersonView> notYetVoted, int yesCount, int noCount, int abstainCount,
            boolean castingVote, PersonView presiding, AlternativeView winner) {
    }

    record QuestionView(int number, QuestionKind kind, Integer subject, List<AlternativeView> alternatives,
            AlternativeView finding, AlternativeView result, VoteView vote) {
    }

    /** The question the chair is to put next. */
    record DueView(QuestionKind kind, Integer subject, List<AlternativeView> alternatives, String description) {
    }

    /** Where the propositionsordning ended. */
    record VerdictView(Verdict.Type type, AlternativeView winner, Integer proceduralProposal) {
    }

    /** The decision to start from, editable: outcome, decision points, immediate justering, the återremiss reason. */
    record DecisionDraft(ParagraphOutcome outcome, List<String> points, boolean immediatelyJustered, String reason) {
    }

    record DissentView(int number, List<PersonView> persons, Integer favour, String reasoning,
            OffsetDateTime recordedAt, OffsetDateTime reasonedAt, String wording) {
    }

    record StatementView(int number, List<PersonView> persons, String text, OffsetDateTime changedAt,
            String wording) {
    }

    /** The paragraph's sections of the minutes, as the seed prints them. */
    record MinutesView(List<String> proposals, List<String> proposition, List<String> rollCall,
            List<String> notTakingPart, List<String> dissents, List<String> statements) {
    }

    /** One paragraph's whole handling. */
    record ParagraphState(Long meetingId, Long paragraphId, String label, String title, ParagraphKind kind,
            String registryNumber, boolean exerciseOfAuthority, MeetingStatus meetingStatus, long liveRevision,
            long version, ParagraphOutcome outcome, String decisionText, boolean immediatelyJustered,
            String outcomeReason, ServingListView serving, List<ProposalView> proposals,
            List<QuestionView> questions, DueView due, VerdictView verdict, List<PersonView> notTakingPart,
            DecisionDraft proposedDecision, List<DissentView> dissents, List<StatementView> statements,
            MinutesView minutes) {
    }
}
