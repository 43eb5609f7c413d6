package se.namndflode.matter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.shared.web.DomainException;

/** The rules of a matter's timeline, without Spring: each refusal names its field and the date it conflicts with. */
class MatterTimelineTest {

    private static final LocalDate REGISTERED = LocalDate.of(2026, 11, 2);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final LocalDate ANSWER_DUE = LocalDate.of(2026, 12, 18);

    private final MatterTimeline registered = MatterTimeline.registered(TODAY, REGISTERED, ANSWER_DUE);

    private static AbstractThrowableAssert<?, ? extends Throwable> refused(Executable rule, String field,
            String messageKey, String... dates) {
        return assertThatThrownBy(rule::execute).isInstanceOfSatisfying(DomainException.class, refusal -> {
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.messageKey()).isEqualTo(messageKey);
            assertThat(refusal.arguments()).containsExactly((Object[]) dates);
        });
    }

    // --- The meeting ---------------------------------------------------------------------------------------

    @Test
    void aMeetingAfterTheAnswerDateNeedsAReason() {
        LocalDate late = ANSWER_DUE.plusDays(3);
        refused(() -> registered.placeOnAgenda(late, " "), "lateMeetingReason", "matter.meetingDate.afterAnswerDue",
                "2026-12-21", "2026-12-18");

        assertThat(registered.placeOnAgenda(late, " Nämnden sammanträder inte i december ")).isEqualTo(
                "Nämnden sammanträder inte i december");
        assertThat(registered.withMeeting(late).isLateMeeting()).isTrue();
    }

    @Test
    void aMeetingOnTheAnswerDateIsNotLateAndKeepsNoReason() {
        assertThat(registered.placeOnAgenda(ANSWER_DUE, "ingen orsak")).isNull();
        assertThat(registered.withMeeting(ANSWER_DUE).isLateMeeting()).isFalse();
        assertThat(MatterTimeline.registered(TODAY, REGISTERED, null).placeOnAgenda(TODAY.plusMonths(6), null))
                .as("no answer date, nothing to be late for").isNull();
    }

    @Test
    void aMeetingThatHasPassedOrIsMoreThanAYearAheadIsRefused() {
        refused(() -> registered.placeOnAgenda(TODAY.minusDays(1), null), "meetingDate", "matter.meetingDate.past",
                "2026-11-30");
        refused(() -> registered.placeOnAgenda(LocalDate.of(2027, 12, 1), "skäl"), "meetingDate",
                "matter.meetingDate.tooFar", "2027-11-30");
        refused(() -> registered.placeOnAgenda(null, null), "meetingDate", "validation.required");
        assertThat(registered.placeOnAgenda(TODAY, null)).isNull();
    }

    @Test
    void aReportItemIsReportedNotBeforeTheMeetingItIsOn() {
        MatterTimeline onTheAgenda = registered.withMeeting(LocalDate.of(2026, 12, 10));

        refused(onTheAgenda::reportedOn, null, "matter.reported.beforeMeeting", "2026-12-10");
        assertThat(onTheAgenda.on(LocalDate.of(2026, 12, 11)).reportedOn()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(registered.reportedOn()).as("no meeting recorded").isEqualTo(TODAY);
    }

    // --- The board's handling ------------------------------------------------------------------------------

    @Test
    void theBoardCannotDecideBeforeTheMeetingTheMatterIsOn() {
        MatterTimeline onTheAgenda = registered.withMeeting(LocalDate.of(2026, 12, 10));

        refused(() -> onTheAgenda.boardHandledOn(null), "decidedOn", "matter.decidedOn.beforeMeeting", "2026-12-10");
        refused(() -> onTheAgenda.boardHandledOn(TODAY), "decidedOn", "matter.decidedOn.beforeMeeting",
                "2026-12-10");
    }

    @Test
    void theDecisionDayIsTheMeetingOnceItHasComeAndOtherwiseToday() {
        LocalDate meeting = LocalDate.of(2026, 11, 26);
        assertThat(registered.withMeeting(meeting).boardHandledOn(null)).isEqualTo(meeting);
        assertThat(registered.boardHandledOn(null)).as("no meeting recorded").isEqualTo(TODAY);
        assertThat(registered.withMeeting(meeting).boardHandledOn(LocalDate.of(2026, 11, 27)))
                .as("an adjourned meeting went on the next day").isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void theDecisionDayIsNotInTheFutureNorBeforeRegistrationOrTheLastHandling() {
        refused(() -> registered.boardHandledOn(TODAY.plusDays(1)), "decidedOn", "matter.decidedOn.future",
                "2026-11-30");
        refused(() -> registered.boardHandledOn(REGISTERED.minusDays(1)), "decidedOn",
                "matter.decidedOn.beforeRegistration", "2026-11-02");
        refused(() -> registered.withDecision(LocalDate.of(2026, 11, 20)).boardHandledOn(LocalDate.of(2026, 11, 19)),
                "decidedOn", "matter.decidedOn.beforeLastHandling", "2026-11-20");
    }

    // --- The notice ----------------------------------------------------------------------------------------

    @Test
    void aNoticeDayAYearInThePastIsRefusedNamingTheDecisionDay() {
        MatterTimeline decided = registered.withDecision(TODAY);

        refused(() -> decided.noticeDay(TODAY.minusYears(1)), "noticeDay", "matter.noticeDay.beforeDecision",
                "2026-11-30");
    }

    @Test
    void withoutAKnownDecisionDayTheNoticeIsNotBeforeTheRegistration() {
        refused(() -> registered.noticeDay(REGISTERED.minusYears(1)), "noticeDay",
                "matter.noticeDay.beforeRegistration", "2026-11-02");
    }

    @Test
    void aNoticeDayInTheFutureIsRefusedNamingToday() {
        refused(() -> registered.withDecision(TODAY).noticeDay(TODAY.plusDays(1)), "noticeDay",
                "matter.noticeDay.future", "2026-11-30");
    }

    @Test
    void anEmptyNoticeDayIsToday() {
        assertThat(registered.withDecision(TODAY.minusDays(3)).noticeDay(null)).isEqualTo(TODAY);
    }

    @Test
    void anImmediatelyJusteredParagraphCountsItsAppealPeriodFromTheDayItWasPosted() {
        // Decided and justered at once on 12 December 2023, posted on the 13th, recorded by the secretary on the
        // 18th: the three weeks run from the 13th and end on 3 January, not on 8 January.
        MatterTimeline recordedOn18th = MatterTimeline.registered(LocalDate.of(2023, 12, 18),
                LocalDate.of(2023, 11, 20), LocalDate.of(2024, 1, 31)).withMeeting(LocalDate.of(2023, 12, 12));
        LocalDate decided = recordedOn18th.boardHandledOn(null);
        LocalDate posted = recordedOn18th.noticeDay(LocalDate.of(2023, 12, 13), decided);

        Deadlines deadlines = new Deadlines(WorkingDayCalendar.sweden(), Map.of());
        assertThat(decided).isEqualTo(LocalDate.of(2023, 12, 12));
        assertThat(deadlines.appealPeriodEnds(posted)).isEqualTo(LocalDate.of(2024, 1, 3));
        refused(() -> recordedOn18th.noticeDay(LocalDate.of(2023, 12, 11), decided), "noticeDay",
                "matter.noticeDay.beforeDecision", "2023-12-12");
    }

    // --- The staff report ----------------------------------------------------------------------------------

    @Test
    void aStaffReportIsDatedFromTheRegistrationToAYearAhead() {
        refused(() -> registered.reportDate(REGISTERED.minusDays(1)), "reportDate",
                "staffReport.reportDate.beforeRegistration", "2026-11-02");
        refused(() -> registered.reportDate(LocalDate.of(9999, 12, 31)), "reportDate", "staffReport.reportDate.tooFar",
                "2027-11-30");
        assertThat(registered.reportDate(REGISTERED)).isEqualTo(REGISTERED);
    }

    // --- Status texts --------------------------------------------------------------------------------------

    @Test
    void theAppealPeriodRunsToAndIncludingItsLastDayAndHasEndedOnlyAfterIt() {
        LocalDate lastDay = LocalDate.of(2026, 12, 21);
        MatterTimeline noticed = registered.withDecision(TODAY).withNotice(TODAY, lastDay);

        assertThat(noticed.statusTexts()).singleElement().satisfies(text -> {
            assertThat(text.key()).isEqualTo("matter.status.appealRunning");
            assertThat(text.args()).containsExactly("2026-12-21");
        });
        assertThat(noticed.on(lastDay).isAppealRunning()).isTrue();
        assertThat(noticed.on(lastDay).hasAppealEnded()).isFalse();
        assertThat(noticed.on(lastDay.plusDays(1)).statusTexts()).singleElement().satisfies(text -> {
            assertThat(text.key()).isEqualTo("matter.status.appealEnded");
            assertThat(text.args()).containsExactly("2026-12-21", "2026-12-22");
        });
    }

    @Test
    void theMeetingIsAheadOrHeldUntilTheBoardsHandlingIsRecorded() {
        MatterTimeline onTheAgenda = registered.withMeeting(LocalDate.of(2026, 12, 10));

        assertThat(onTheAgenda.statusTexts()).extracting(MatterTimeline.StatusText::key)
                .containsExactly("matter.status.meetingAhead");
        assertThat(onTheAgenda.on(LocalDate.of(2026, 12, 11)).statusTexts()).extracting(MatterTimeline.StatusText::key)
                .containsExactly("matter.status.meetingHeld");
        assertThat(onTheAgenda.withDecision(LocalDate.of(2026, 12, 10)).statusTexts()).isEmpty();
    }
}
