package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import se.namndflode.IntegrationTest;
import se.namndflode.MovableClock;
import se.namndflode.organisation.Board;
import se.namndflode.shared.web.DomainException;

/** Every matter gets the next diarienummer of its series and year: no duplicates, no gaps. */
@IntegrationTest
@RecordApplicationEvents
class RegistrationNumberTest {

    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void consecutiveRegistrationsGetConsecutiveNumbersOfTheSeries() {
        Board board = fixtures.newBoard();
        String prefix = board.getAdministration().getRegistryPrefix();
        int year = today().getYear();

        Matter first = fixtures.register(RegistryFixtures.referral(board.getId(), "Första remissen", today()));
        Matter second = fixtures.register(RegistryFixtures.report(board.getId(), "Månadsrapport"));
        Matter third = fixtures.register(RegistryFixtures.report(board.getId(), "Månadsrapport igen"));

        assertThat(first.getRegistryNumber()).isEqualTo(new RegistryNumber(prefix, year, 1));
        assertThat(second.getRegistryNumber()).isEqualTo(new RegistryNumber(prefix, year, 2));
        assertThat(third.getRegistryNumber()).isEqualTo(new RegistryNumber(prefix, year, 3));
    }

    @Test
    void eachAdministrationHasItsOwnSeries() {
        Board one = fixtures.newBoard();
        Board other = fixtures.newBoard();

        fixtures.register(RegistryFixtures.report(one.getId(), "Rapport A"));
        fixtures.register(RegistryFixtures.report(one.getId(), "Rapport B"));
        Matter inOther = fixtures.register(RegistryFixtures.report(other.getId(), "Rapport C"));

        assertThat(inOther.getRegistryNumber().serial()).isEqualTo(1);
        assertThat(inOther.getRegistryNumber().prefix()).isEqualTo(other.getAdministration().getRegistryPrefix());
    }

    @Test
    void aNewYearStartsANewSeries() {
        Board board = fixtures.newBoard();
        clock.setInstant(ZonedDateTime.of(2031, 12, 31, 23, 58, 0, 0, STOCKHOLM).toInstant());
        Matter december = fixtures.register(RegistryFixtures.report(board.getId(), "Sista ärendet 2031"));
        Matter stillDecember = fixtures.register(RegistryFixtures.report(board.getId(), "Ännu ett 2031"));

        clock.setInstant(ZonedDateTime.of(2032, 1, 1, 0, 1, 0, 0, STOCKHOLM).toInstant());
        Matter january = fixtures.register(RegistryFixtures.report(board.getId(), "Första ärendet 2032"));

        assertThat(december.getRegistryNumber()).hasToString(board.getAdministration().getRegistryPrefix() + " 2031/1");
        assertThat(stillDecember.getRegistryNumber().serial()).isEqualTo(2);
        assertThat(january.getRegistryNumber()).hasToString(board.getAdministration().getRegistryPrefix() + " 2032/1");
    }

    @Test
    void aRefusedRegistrationUsesUpNoNumber() {
        Board board = fixtures.newBoard();
        Matter before = fixtures.register(RegistryFixtures.report(board.getId(), "Före"));
        long matters = count("matter");
        long auditEvents = count("audit_event");

        assertThatThrownBy(() -> fixtures.register(RegistryFixtures.referral(board.getId(), "För sent",
                today().minusDays(1)))).isInstanceOf(DomainException.class)
                .extracting(refusal -> ((DomainException) refusal).field()).isEqualTo("answerDue");
        assertThat(count("matter")).isEqualTo(matters);
        assertThat(count("audit_event")).isEqualTo(auditEvents);

        Matter after = fixtures.register(RegistryFixtures.report(board.getId(), "Efter"));
        assertThat(after.getRegistryNumber().serial()).isEqualTo(before.getRegistryNumber().serial() + 1);
    }

    @Test
    void registrationIsPublishedWithIdAndNumber() {
        Board board = fixtures.newBoard();
        Matter matter = fixtures.register(RegistryFixtures.report(board.getId(), "Publicerad"));

        assertThat(events.stream(MatterRegistered.class))
                .containsExactly(new MatterRegistered(matter.getId(), matter.getRegistryNumber()));
    }

    @Test
    void theDatabaseRefusesADuplicateNumber() {
        Board board = fixtures.newBoard();
        Matter matter = fixtures.register(RegistryFixtures.report(board.getId(), "Original"));

        assertThatThrownBy(() -> jdbc.update("""
                insert into matter (municipality_id, board_id, registry_prefix, registry_year, serial, kind, title,
                                    status, registered_at, registered_by)
                select municipality_id, board_id, registry_prefix, registry_year, serial, kind, 'Kopia', status,
                       registered_at, registered_by from matter where id = ?""", matter.getId()))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
