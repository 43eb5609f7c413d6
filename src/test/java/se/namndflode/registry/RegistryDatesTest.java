package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import se.namndflode.shared.web.DomainException;

/** The plausible range of the registry's dates, without Spring. */
class RegistryDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    private static void refused(Executable rule, String field, String messageKey, String date) {
        assertThatThrownBy(rule::execute).isInstanceOfSatisfying(DomainException.class, refusal -> {
            assertThat(refusal.field()).isEqualTo(field);
            assertThat(refusal.messageKey()).isEqualTo(messageKey);
            assertThat(refusal.arguments()).containsExactly(date);
        });
    }

    @Test
    void anAnswerDateInTheYear100000IsRefusedNamingTheLastPlausibleDay() {
        refused(() -> RegistryDates.checkAnswerDue(LocalDate.of(100000, 1, 1), TODAY), "answerDue",
                "matter.answerDue.tooFar", "2031-11-30");
        assertThatCode(() -> RegistryDates.checkAnswerDue(LocalDate.of(2031, 11, 30), TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void anAnswerDateBeforeTheRegistrationIsRefused() {
        refused(() -> RegistryDates.checkAnswerDue(TODAY.minusDays(1), TODAY), "answerDue", "matter.answerDue.past",
                "2026-11-30");
        assertThatCode(() -> RegistryDates.checkAnswerDue(TODAY, TODAY)).doesNotThrowAnyException();
        assertThatCode(() -> RegistryDates.checkAnswerDue(null, TODAY)).doesNotThrowAnyException();
    }

    @Test
    void aDocumentDated9999IsRefused() {
        refused(() -> RegistryDates.checkDocumentDate(LocalDate.of(9999, 12, 31), DocumentDirection.OUT, TODAY),
                "date", "document.date.tooFar", "2027-11-30");
        assertThatCode(() -> RegistryDates.checkDocumentDate(LocalDate.of(2027, 11, 30), DocumentDirection.OUT,
                TODAY)).doesNotThrowAnyException();
    }

    @Test
    void aDocumentBefore1900IsRefused() {
        refused(() -> RegistryDates.checkDocumentDate(LocalDate.of(1899, 12, 31), DocumentDirection.INTERNAL, TODAY),
                "date", "document.date.tooEarly", "1900-01-01");
        assertThatCode(() -> RegistryDates.checkDocumentDate(LocalDate.of(1900, 1, 1), DocumentDirection.IN, TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void anIncomingDocumentCannotHaveComeInAfterItIsRegistered() {
        refused(() -> RegistryDates.checkDocumentDate(TODAY.plusDays(1), DocumentDirection.IN, TODAY), "date",
                "document.date.afterReceived", "2026-11-30");
        assertThatCode(() -> RegistryDates.checkDocumentDate(TODAY.plusDays(1), DocumentDirection.OUT, TODAY))
                .as("a letter dated the day it goes out").doesNotThrowAnyException();
    }

    @Test
    void aMatterTakenOverIsNotRegisteredInTheFutureOrBefore1900() {
        OffsetDateTime now = TODAY.atTime(12, 0).atOffset(ZoneOffset.ofHours(1));
        refused(() -> RegistryDates.checkRegisteredAt(now.plusMinutes(1), now), "registeredAt",
                "matter.registeredAt.future", "2026-11-30");
        refused(() -> RegistryDates.checkRegisteredAt(now.withYear(1899), now), "registeredAt",
                "matter.registeredAt.tooEarly", "1900-01-01");
    }
}
