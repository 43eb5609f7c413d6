package se.namndflode.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.meeting.Meeting;
import se.namndflode.meeting.Meetings;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.Board;
import se.namndflode.organisation.Organisation;
import se.namndflode.registry.MatterEntry;
import se.namndflode.registry.MatterSearch;
import se.namndflode.registry.MatterStatus;
import se.namndflode.registry.Registry;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.security.SignedInUser;

/**
 * A planned meeting of the demo board (Socialnämnden in Stockholm), after the demo matters and once per database:
 * the demo secretary plans it on the first Tuesday at least two weeks ahead and puts on its agenda every demo
 * matter waiting at the agenda step ("Anmäl till sammanträde"), through the same services as the task form. Its
 * agenda is not yet set, so the secretary can reorder it, set it and send the kallelse.
 */
@Component
@Order(25)
@ConditionalOnProperty(name = "namndflode.demo-data.enabled", havingValue = "true")
class DemoMeetingData implements ApplicationRunner {

    static final String LOADED = "DEMO_MEETING_LOADED";
    static final String SECRETARY = "sekreterare";
    static final String MUNICIPALITY = "stockholm";
    static final String BOARD = "Socialnämnden";
    static final LocalTime STARTS_AT = LocalTime.of(18, 0);
    static final String PLACE = "Socialförvaltningen, sammanträdesrummet";
    private static final Logger log = LoggerFactory.getLogger(DemoMeetingData.class);

    private final Meetings meetings;
    private final Registry registry;
    private final BoardMatterProcess process;
    private final Organisation organisation;
    private final Accounts accounts;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoMeetingData(Meetings meetings, Registry registry, BoardMatterProcess process, Organisation organisation,
            Accounts accounts, AuditLog audit, TransactionTemplate transaction, Clock clock) {
        this.meetings = meetings;
        this.registry = registry;
        this.process = process;
        this.organisation = organisation;
        this.accounts = accounts;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The first Tuesday at least two weeks after {@code today}. */
    static LocalDate meetingDay(LocalDate today) {
        return today.plusWeeks(2).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
    }

    @Override
    public void run(ApplicationArguments args) {
        if (audit.count("DemoData", LOADED) > 0) {
            return;
        }
        Optional<SignedInUser> secretary = user();
        if (secretary.isEmpty()) {
            log.info("Demo meeting skipped: no account {}", SECRETARY);
            return;
        }
        DemoData.actingAs(UsernamePasswordAuthenticationToken.authenticated(secretary.get(), null,
                secretary.get().getAuthorities()), () -> organisation.boards().stream()
                        .filter(board -> board.getMunicipality().getCode().equals(MUNICIPALITY)
                                && board.getName().equals(BOARD))
                        .findFirst().ifPresentOrElse(board -> transaction.executeWithoutResult(status -> load(board)),
                                () -> log.info("Demo meeting skipped: no board {}", BOARD)));
    }

    private void load(Board board) {
        Meeting meeting = meetings.plan(board.getId(), meetingDay(LocalDate.now(clock)), STARTS_AT, PLACE);
        List<Long> waiting = registry.search(new MatterSearch(null, board.getId(), null, MatterStatus.OPEN), 0, 500)
                .getContent().stream().map(MatterEntry::id)
                .filter(id -> process.waitingIn(id).contains("PlaceOnAgenda"))
                .sorted().toList();
        for (Long matterId : waiting) {
            meetings.placeOnAgenda(matterId, meeting.getId(), null);
            process.completeStep(matterId, "PlaceOnAgenda", java.util.Map.of());
        }
        audit.record(LOADED, "DemoData", null, MUNICIPALITY, "Demosammanträde planerat " + meeting.getDay()
                + " med " + waiting.size() + " ärenden på föredragningslistan", null);
        log.info("Demo meeting planned on {} with {} matters", meeting.getDay(), waiting.size());
    }

    private Optional<SignedInUser> user() {
        try {
            return Optional.of(accounts.loadUserByUsername(SECRETARY));
        } catch (UsernameNotFoundException missing) {
            return Optional.empty();
        }
    }
}
