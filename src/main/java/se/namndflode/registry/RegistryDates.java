package se.namndflode.registry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import se.namndflode.shared.web.DomainException;

/**
 * The plausible range of the dates a person types into the registry, checked in the domain so that the page, the
 * API and imports refuse alike, with a Swedish message naming the date it conflicts with: the answer date from the
 * registration day to five years after it; a document's date from 1900 to a year ahead, and an incoming
 * document's (the day it came in) not after the day it is registered; a matter taken over from an earlier
 * register not registered in the future or before 1900. A date outside these is a typing mistake (a year
 * 20266), and would otherwise become an engine timer due in the year 99999.
 */
final class RegistryDates {

    /** Nothing in a municipal register is older than this. */
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    /** A remiss gives weeks or months; budget assignments run a few years at most. */
    static final Period ANSWER_AT_MOST_AHEAD = Period.ofYears(5);
    /** An outgoing or drawn-up document may be dated ahead (a decision that takes effect later), not further. */
    static final Period DOCUMENT_AT_MOST_AHEAD = Period.ofYears(1);

    private RegistryDates() {
    }

    /** The answer date of a matter registered on {@code registeredOn}: not before it, at most five years after. */
    static void checkAnswerDue(LocalDate answerDue, LocalDate registeredOn) {
        if (answerDue == null) {
            return;
        }
        if (answerDue.isBefore(registeredOn)) {
            throw DomainException.invalid("answerDue", "matter.answerDue.past", registeredOn.toString());
        }
        LocalDate latest = registeredOn.plus(ANSWER_AT_MOST_AHEAD);
        if (answerDue.isAfter(latest)) {
            throw DomainException.invalid("answerDue", "matter.answerDue.tooFar", latest.toString());
        }
    }

    /** The date of a document registered on {@code today}. */
    static void checkDocumentDate(LocalDate date, DocumentDirection direction, LocalDate today) {
        if (date.isBefore(EARLIEST)) {
            throw DomainException.invalid("date", "document.date.tooEarly", EARLIEST.toString());
        }
        if (direction == DocumentDirection.IN && date.isAfter(today)) {
            throw DomainException.invalid("date", "document.date.afterReceived", today.toString());
        }
        LocalDate latest = today.plus(DOCUMENT_AT_MOST_AHEAD);
        if (date.isAfter(latest)) {
            throw DomainException.invalid("date", "document.date.tooFar", latest.toString());
        }
    }

    /** The registration moment of a matter taken over from an earlier register: not after now, not before 1900. */
    static void checkRegisteredAt(OffsetDateTime registeredAt, OffsetDateTime now) {
        if (registeredAt.isAfter(now)) {
            throw DomainException.invalid("registeredAt", "matter.registeredAt.future", now.toLocalDate().toString());
        }
        if (registeredAt.toLocalDate().isBefore(EARLIEST)) {
            throw DomainException.invalid("registeredAt", "matter.registeredAt.tooEarly", EARLIEST.toString());
        }
    }
}
