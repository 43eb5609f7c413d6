package se.namndflode.matter;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import se.namndflode.shared.web.DomainException;

/**
 * A matter's dates in their legal order, and the rules every date a person supplies for the board's handling
 * must keep: registered ≤ meeting ≤ decided ≤ justered and announced (notice day) ≤ today. Each refusal is a
 * {@link DomainException} on the field concerned, whose Swedish message names the date it conflicts with, so
 * that the handling page, the API and the meeting console explain it alike. Also derives the status texts
 * that depend on today (the appeal period runs or has run; the meeting is ahead or held), so that no page says
 * what the dates do not.
 *
 * <p>All dates are days in Europe/Stockholm; {@code registeredOn} may be unknown (null) only for matters whose
 * progress predates it, and then the rules that need it are skipped.
 *
 * @param today             the day of the request (the application's clock)
 * @param registeredOn      the day the matter was registered
 * @param answerDue         the answer date, or null
 * @param meetingDate       the meeting the matter was last put forward to ("Anmäl till sammanträde"), or null
 * @param decidedOn         the day the board last handled the matter (decision, återremiss or bordläggning), or null
 * @param noticePublishedOn the day the justering was announced on the notice board, or null
 * @param appealPeriodEnds  the last day of the appeal period, or null
 */
record MatterTimeline(LocalDate today, LocalDate registeredOn, LocalDate answerDue, LocalDate meetingDate,
        LocalDate decidedOn, LocalDate noticePublishedOn, LocalDate appealPeriodEnds) {

    /** Boards meet at least every few months; a meeting further ahead than this is a typing mistake. */
    static final Period MEETING_AT_MOST_AHEAD = Period.ofYears(1);

    /** One text of the matter's status: a message key and its arguments (dates as ISO strings). */
    record StatusText(String key, String... args) {
    }

    static MatterTimeline of(MatterProgress progress, LocalDate today) {
        return new MatterTimeline(today, progress.getRegisteredOn(), progress.getAnswerDue(),
                progress.getMeetingDate(), progress.getDecidedOn(), progress.getNoticePublishedOn(),
                progress.getAppealPeriodEnds());
    }

    /** A newly registered matter's timeline (for tests and callers that build one up). */
    static MatterTimeline registered(LocalDate today, LocalDate registeredOn, LocalDate answerDue) {
        return new MatterTimeline(today, registeredOn, answerDue, null, null, null, null);
    }

    MatterTimeline withMeeting(LocalDate meeting) {
        return new MatterTimeline(today, registeredOn, answerDue, meeting, decidedOn, noticePublishedOn,
                appealPeriodEnds);
    }

    MatterTimeline withDecision(LocalDate decided) {
        return new MatterTimeline(today, registeredOn, answerDue, meetingDate, decided, noticePublishedOn,
                appealPeriodEnds);
    }

    MatterTimeline withNotice(LocalDate notice, LocalDate appealEnds) {
        return new MatterTimeline(today, registeredOn, answerDue, meetingDate, decidedOn, notice, appealEnds);
    }

    MatterTimeline on(LocalDate day) {
        return new MatterTimeline(day, registeredOn, answerDue, meetingDate, decidedOn, noticePublishedOn,
                appealPeriodEnds);
    }

    // --- Rules ---------------------------------------------------------------------------------------------

    /**
     * "Anmäl till sammanträde": the meeting must not have passed (so it is never before the board's last handling
     * either) and lie at most a year ahead. A meeting after the answer date needs a stated reason; it is then
     * flagged (see {@link #isLateMeeting()}).
     *
     * @return the reason to record: the trimmed {@code lateReason} for a late meeting, null otherwise
     */
    String placeOnAgenda(LocalDate meeting, String lateReason) {
        if (meeting == null) {
            throw DomainException.invalid("meetingDate", "validation.required");
        }
        if (meeting.isBefore(today)) {
            throw DomainException.invalid("meetingDate", "matter.meetingDate.past", iso(today));
        }
        LocalDate latest = today.plus(MEETING_AT_MOST_AHEAD);
        if (meeting.isAfter(latest)) {
            throw DomainException.invalid("meetingDate", "matter.meetingDate.tooFar", iso(latest));
        }
        if (!isLate(meeting, answerDue)) {
            return null;
        }
        if (lateReason == null || lateReason.isBlank()) {
            throw DomainException.invalid("lateMeetingReason", "matter.meetingDate.afterAnswerDue", iso(meeting),
                    iso(answerDue));
        }
        return lateReason.trim();
    }

    /**
     * The day of the board's handling (decision, återremiss or bordläggning). Empty: the meeting the matter was
     * put forward to, once that day has come, else today. The board handles a matter at the meeting it is on, so
     * not before that meeting, nor before its registration or its previous handling, nor after today.
     */
    LocalDate boardHandledOn(LocalDate given) {
        LocalDate day = given != null ? given
                : meetingDate != null && !meetingDate.isAfter(today) ? meetingDate : today;
        if (day.isAfter(today)) {
            throw DomainException.invalid("decidedOn", "matter.decidedOn.future", iso(today));
        }
        if (meetingDate != null && day.isBefore(meetingDate)) {
            throw DomainException.invalid("decidedOn", "matter.decidedOn.beforeMeeting", iso(meetingDate));
        }
        if (decidedOn != null && day.isBefore(decidedOn)) {
            throw DomainException.invalid("decidedOn", "matter.decidedOn.beforeLastHandling", iso(decidedOn));
        }
        if (registeredOn != null && day.isBefore(registeredOn)) {
            throw DomainException.invalid("decidedOn", "matter.decidedOn.beforeRegistration", iso(registeredOn));
        }
        return day;
    }

    /**
     * The day a report item (delegationsbeslut, anmälan) was reported to the board: at the meeting it was put
     * forward to (that meeting's day once it has come; without one, today), so never before that meeting.
     */
    LocalDate reportedOn() {
        if (meetingDate != null && meetingDate.isAfter(today)) {
            throw DomainException.invalid(null, "matter.reported.beforeMeeting", iso(meetingDate));
        }
        return meetingDate == null ? today : meetingDate;
    }

    /**
     * The day the justering of the decision taken on {@code decided} was announced on the notice board (empty:
     * today). The appeal period counts from it (KL 13 kap. 5 §), so it is checked: not after today, not before the
     * decision (a paragraph is justered at the earliest at the meeting).
     */
    LocalDate noticeDay(LocalDate given, LocalDate decided) {
        LocalDate day = given == null ? today : given;
        if (day.isAfter(today)) {
            throw DomainException.invalid("noticeDay", "matter.noticeDay.future", iso(today));
        }
        if (decided != null && day.isBefore(decided)) {
            throw DomainException.invalid("noticeDay", "matter.noticeDay.beforeDecision", iso(decided));
        }
        if (decided == null && registeredOn != null && day.isBefore(registeredOn)) {
            throw DomainException.invalid("noticeDay", "matter.noticeDay.beforeRegistration", iso(registeredOn));
        }
        return day;
    }

    /** The notice day of minutes approved after the meeting: as {@link #noticeDay(LocalDate, LocalDate)}. */
    LocalDate noticeDay(LocalDate given) {
        return noticeDay(given, decidedOn);
    }

    /**
     * The date of the tjänsteutlåtande: written for the matter, so not before its registration, and dated at most
     * a year ahead (the same bound as a meeting).
     */
    LocalDate reportDate(LocalDate date) {
        if (date == null) {
            throw DomainException.invalid("reportDate", "validation.required");
        }
        if (registeredOn != null && date.isBefore(registeredOn)) {
            throw DomainException.invalid("reportDate", "staffReport.reportDate.beforeRegistration",
                    iso(registeredOn));
        }
        LocalDate latest = today.plus(MEETING_AT_MOST_AHEAD);
        if (date.isAfter(latest)) {
            throw DomainException.invalid("reportDate", "staffReport.reportDate.tooFar", iso(latest));
        }
        return date;
    }

    // --- Derived facts -------------------------------------------------------------------------------------

    /** Put forward to a meeting after its answer date (the answer will reach the sender late). */
    boolean isLateMeeting() {
        return isLate(meetingDate, answerDue);
    }

    static boolean isLate(LocalDate meeting, LocalDate answerDue) {
        return meeting != null && answerDue != null && meeting.isAfter(answerDue);
    }

    /** The appeal period has begun and its last day is today or later. */
    boolean isAppealRunning() {
        return appealPeriodEnds != null && !today.isAfter(appealPeriodEnds);
    }

    /** The appeal period's last day has passed: the decision has legal force from the day after. */
    boolean hasAppealEnded() {
        return appealPeriodEnds != null && today.isAfter(appealPeriodEnds);
    }

    /**
     * The status texts the dates give today, in the order of the matter's timeline: the meeting ahead or held
     * (until the board's handling is recorded) and whether the appeal period runs or has run.
     */
    List<StatusText> statusTexts() {
        List<StatusText> texts = new ArrayList<>();
        if (meetingDate != null && (decidedOn == null || decidedOn.isBefore(meetingDate))) {
            texts.add(meetingDate.isBefore(today) ? new StatusText("matter.status.meetingHeld", iso(meetingDate))
                    : new StatusText("matter.status.meetingAhead", iso(meetingDate)));
        }
        texts.addAll(appealStatus());
        return texts;
    }

    /** "Överklagandetiden löper till och med …" or "… löpte ut …; laga kraft …"; none before the notice. */
    List<StatusText> appealStatus() {
        if (isAppealRunning()) {
            return List.of(new StatusText("matter.status.appealRunning", iso(appealPeriodEnds)));
        }
        if (hasAppealEnded()) {
            return List.of(new StatusText("matter.status.appealEnded", iso(appealPeriodEnds),
                    iso(appealPeriodEnds.plusDays(1))));
        }
        return List.of();
    }

    private static String iso(LocalDate day) {
        return day.toString();
    }
}
