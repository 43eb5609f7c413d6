package se.namndflode.organisation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.audit.Changes;
import se.namndflode.shared.engine.TenantAdded;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.web.DomainException;
import se.namndflode.shared.web.TextLimits;

/**
 * Changes to the organisation, each checked against the rules, audited, and done in one transaction: a
 * refused change saves nothing. An administrator may only change the municipalities they belong to.
 */
@Service
@Transactional
public class OrganisationAdmin {

    static final String CREATED = "CREATED";
    static final String UPDATED = "UPDATED";
    static final String DELETED = "DELETED";

    private final MunicipalityRepository municipalities;
    private final AdministrationRepository administrations;
    private final BoardRepository boards;
    private final CommitteeRepository committees;
    private final PartyRepository parties;
    private final PersonRepository persons;
    private final BoardSeatRepository seats;
    private final UserAccountRepository accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OrganisationAdmin(MunicipalityRepository municipalities, AdministrationRepository administrations,
            BoardRepository boards, CommitteeRepository committees, PartyRepository parties, PersonRepository persons,
            BoardSeatRepository seats, UserAccountRepository accounts, AuditLog audit, ApplicationEventPublisher events,
            Clock clock) {
        this.municipalities = municipalities;
        this.administrations = administrations;
        this.boards = boards;
        this.committees = committees;
        this.parties = parties;
        this.persons = persons;
        this.seats = seats;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // --- Municipalities -------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public boolean hasAnyMunicipality() {
        return municipalities.count() > 0;
    }

    public Municipality saveMunicipality(MunicipalityForm form) {
        String name = form.getName().trim();
        if (form.getId() == null) {
            String code = form.getCode().trim();
            if (municipalities.existsByCodeIgnoreCase(code)) {
                throw DomainException.invalid("code", "municipality.code.taken", code);
            }
            Municipality municipality = municipalities.save(new Municipality(code, name));
            // The administrator who creates a municipality can manage it.
            CurrentUser.get().flatMap(user -> accounts.findById(user.getAccountId()))
                    .ifPresent(account -> account.addMunicipality(municipality));
            audit.record(CREATED, "Municipality", municipality.getId(), code, "Kommun skapad: " + name,
                    Changes.start().field("kod", null, code).field("namn", null, name).toString());
            // Its own Camunda tenant: the processes are deployed for it in this transaction.
            events.publishEvent(new TenantAdded(code));
            return municipality;
        }
        Municipality municipality = visible(municipalities.findById(form.getId()), Function.identity(),
                "notFound.municipality");
        checkVersion(municipality.getVersion(), form.getVersion(), Municipality.class, municipality.getId());
        String changes = Changes.start().field("namn", municipality.getName(), name).toString();
        municipality.rename(name);
        audit.record(UPDATED, "Municipality", municipality.getId(), municipality.getCode(),
                "Kommun ändrad: " + name, changes);
        return municipality;
    }

    // --- Administrations ------------------------------------------------------------------------------

    public Administration saveAdministration(AdministrationForm form) {
        Administration administration = form.getId() == null ? null
                : visible(administrations.findById(form.getId()), Administration::getMunicipality,
                        "notFound.administration");
        Municipality municipality = administration == null ? visibleMunicipality(form.getMunicipalityId())
                : administration.getMunicipality();
        String name = form.getName().trim();
        String prefix = form.getRegistryPrefix().trim();
        if (administrations.existsByMunicipalityAndRegistryPrefixIgnoreCaseAndIdNot(municipality, prefix,
                idOrNone(form.getId()))) {
            throw DomainException.invalid("registryPrefix", "administration.registryPrefix.taken", prefix);
        }
        if (form.getId() == null) {
            Administration created = administrations.save(new Administration(municipality, name, prefix));
            audit.record(CREATED, "Administration", created.getId(), municipality.getCode(),
                    "Förvaltning skapad: " + name, Changes.start().field("namn", null, name)
                            .field("diarieserie", null, prefix).toString());
            return created;
        }
        checkVersion(administration.getVersion(), form.getVersion(), Administration.class, administration.getId());
        String changes = Changes.start().field("namn", administration.getName(), name)
                .field("diarieserie", administration.getRegistryPrefix(), prefix).toString();
        administration.change(name, prefix);
        audit.record(UPDATED, "Administration", administration.getId(), municipality.getCode(),
                "Förvaltning ändrad: " + name, changes);
        return administration;
    }

    // --- Boards ---------------------------------------------------------------------------------------

    public Board saveBoard(BoardForm form) {
        Board board = form.getId() == null ? null : visible(boards.findById(form.getId()), Board::getMunicipality,
                "notFound.board");
        Municipality municipality = board == null ? visibleMunicipality(form.getMunicipalityId())
                : board.getMunicipality();
        String name = form.getName().trim();
        Long id = idOrNone(form.getId());
        if (boards.existsByMunicipalityAndNameIgnoreCaseAndIdNot(municipality, name, id)) {
            throw DomainException.invalid("name", "board.name.taken", name);
        }
        if (form.getKind() != BoardKind.BOARD && boards.existsByMunicipalityAndKindAndIdNot(municipality,
                form.getKind(), id)) {
            throw DomainException.invalid("kind", "board.kind.onlyOne");
        }
        Administration administration = null;
        if (form.getAdministrationId() != null) {
            administration = administrations.findById(form.getAdministrationId())
                    .filter(candidate -> candidate.getMunicipality().equals(municipality))
                    .orElseThrow(() -> DomainException.invalid("administrationId", "board.administration.other"));
        }
        // Forms built in code (tests, imports) may leave the meeting settings out: the defaults then.
        int reminderDays = form.getKallelseReminderDays() == null ? Board.DEFAULT_KALLELSE_REMINDER_DAYS
                : form.getKallelseReminderDays();
        if (reminderDays < 1 || reminderDays > 60) {
            throw DomainException.invalid("kallelseReminderDays", "board.kallelseReminderDays.range");
        }
        ParagraphNumbering numbering = form.getParagraphNumbering() == null ? ParagraphNumbering.PER_MEETING
                : form.getParagraphNumbering();
        String wording = form.getImmediateJusteringWording() == null || form.getImmediateJusteringWording().isBlank()
                ? Board.DEFAULT_IMMEDIATE_JUSTERING_WORDING : form.getImmediateJusteringWording().trim();
        TextLimits.requireAtMost(wording, TextLimits.NAME, "immediateJusteringWording");
        if (form.getId() == null) {
            Board created = new Board(municipality, form.getKind(), name, administration, form.getMemberCount());
            created.meetingSettings(reminderDays, numbering, wording);
            created = boards.save(created);
            audit.record(CREATED, "Board", created.getId(), municipality.getCode(), "Nämnd skapad: " + name,
                    Changes.start().field("namn", null, name).field("typ", null, form.getKind())
                            .field("antal ledamöter", null, form.getMemberCount()).toString());
            return created;
        }
        checkVersion(board.getVersion(), form.getVersion(), Board.class, board.getId());
        // Fewer places than members holding seats, today or later, would leave the board over-full.
        List<BoardSeat> members = seats.findByBoard(board).stream()
                .filter(seat -> seat.getSeatType() == SeatType.MEMBER).toList();
        Optional<LocalDate> overFull = BoardSeat.firstDayHeldByAtLeast(members, form.getMemberCount() + 1L,
                LocalDate.now(clock), null);
        if (overFull.isPresent()) {
            throw DomainException.invalid("memberCount", "board.memberCount.belowSeats",
                    BoardSeat.heldOn(members, overFull.get()), overFull.get());
        }
        String changes = Changes.start().field("namn", board.getName(), name)
                .field("typ", board.getKind(), form.getKind())
                .field("förvaltning", nameOf(board.getAdministration()), nameOf(administration))
                .field("antal ledamöter", board.getMemberCount(), form.getMemberCount())
                .field("påminnelse om kallelse (dagar före)", board.getKallelseReminderDays(), reminderDays)
                .field("paragrafnumrering", board.getParagraphNumbering(), numbering)
                .field("omedelbar justering", board.getImmediateJusteringWording(), wording).toString();
        board.change(form.getKind(), name, administration, form.getMemberCount());
        board.meetingSettings(reminderDays, numbering, wording);
        audit.record(UPDATED, "Board", board.getId(), municipality.getCode(), "Nämnd ändrad: " + name, changes);
        return board;
    }

    // --- Committees -----------------------------------------------------------------------------------

    public Committee saveCommittee(CommitteeForm form) {
        Committee committee = form.getId() == null ? null : visible(committees.findById(form.getId()),
                found -> found.getBoard().getMunicipality(), "notFound.committee");
        Board board = committee == null ? visibleBoard(form.getBoardId(), "boardId") : committee.getBoard();
        String name = form.getName().trim();
        if (committees.existsByBoardAndNameIgnoreCaseAndIdNot(board, name, idOrNone(form.getId()))) {
            throw DomainException.invalid("name", "committee.name.taken", name);
        }
        String municipalityCode = board.getMunicipality().getCode();
        if (form.getId() == null) {
            Committee created = committees.save(new Committee(board, name));
            audit.record(CREATED, "Committee", created.getId(), municipalityCode, "Utskott skapat: " + name,
                    Changes.start().field("namn", null, name).field("nämnd", null, board.getName()).toString());
            return created;
        }
        checkVersion(committee.getVersion(), form.getVersion(), Committee.class, committee.getId());
        String changes = Changes.start().field("namn", committee.getName(), name).toString();
        committee.rename(name);
        audit.record(UPDATED, "Committee", committee.getId(), municipalityCode, "Utskott ändrat: " + name, changes);
        return committee;
    }

    // --- Parties --------------------------------------------------------------------------------------

    public Party saveParty(PartyForm form) {
        Party party = form.getId() == null ? null : visible(parties.findById(form.getId()), Party::getMunicipality,
                "notFound.party");
        Municipality municipality = party == null ? visibleMunicipality(form.getMunicipalityId())
                : party.getMunicipality();
        String code = form.getCode().trim();
        String name = form.getName().trim();
        if (parties.existsByMunicipalityAndCodeIgnoreCaseAndIdNot(municipality, code, idOrNone(form.getId()))) {
            throw DomainException.invalid("code", "party.code.taken", code);
        }
        if (form.getId() == null) {
            Party created = parties.save(new Party(municipality, code, name));
            audit.record(CREATED, "Party", created.getId(), municipality.getCode(), "Parti skapat: " + code,
                    Changes.start().field("kod", null, code).field("namn", null, name).toString());
            return created;
        }
        checkVersion(party.getVersion(), form.getVersion(), Party.class, party.getId());
        String changes = Changes.start().field("kod", party.getCode(), code).field("namn", party.getName(), name)
                .toString();
        party.change(code, name);
        audit.record(UPDATED, "Party", party.getId(), municipality.getCode(), "Parti ändrat: " + code, changes);
        return party;
    }

    // --- Persons --------------------------------------------------------------------------------------

    public Person savePerson(PersonForm form) {
        Person person = form.getId() == null ? null : visible(persons.findById(form.getId()),
                Person::getMunicipality, "notFound.person");
        Municipality municipality = person == null ? visibleMunicipality(form.getMunicipalityId())
                : person.getMunicipality();
        String first = form.getFirstName().trim();
        String last = form.getLastName().trim();
        String email = blankToNull(form.getEmail());
        if (form.getId() == null) {
            Person created = persons.save(new Person(municipality, first, last, email));
            audit.record(CREATED, "Person", created.getId(), municipality.getCode(),
                    "Person skapad: " + created.getFullName(), Changes.start().field("förnamn", null, first)
                            .field("efternamn", null, last).field("e-post", null, email).toString());
            return created;
        }
        checkVersion(person.getVersion(), form.getVersion(), Person.class, person.getId());
        String changes = Changes.start().field("förnamn", person.getFirstName(), first)
                .field("efternamn", person.getLastName(), last).field("e-post", person.getEmail(), email).toString();
        person.change(first, last, email);
        audit.record(UPDATED, "Person", person.getId(), municipality.getCode(),
                "Person ändrad: " + person.getFullName(), changes);
        return person;
    }

    // --- Seats ----------------------------------------------------------------------------------------

    public BoardSeat saveSeat(SeatForm form) {
        // A seat stays in its board and with its person; only its party, type, role, order and period change.
        BoardSeat seat = form.getId() == null ? null : visible(seats.findById(form.getId()),
                found -> found.getBoard().getMunicipality(), "notFound.seat");
        Board board = seat == null ? visibleBoard(form.getBoardId(), "boardId") : seat.getBoard();
        Municipality municipality = board.getMunicipality();
        Person person = seat != null ? seat.getPerson() : persons.findById(form.getPersonId())
                .filter(candidate -> candidate.getMunicipality().equals(municipality))
                .orElseThrow(() -> DomainException.invalid("personId", "seat.person.otherMunicipality"));
        Party party = parties.findById(form.getPartyId())
                .filter(candidate -> candidate.getMunicipality().equals(municipality))
                .orElseThrow(() -> DomainException.invalid("partyId", "seat.party.otherMunicipality"));
        checkSeatRules(form, board, person);
        if (form.getId() == null) {
            BoardSeat created = seats.save(new BoardSeat(board, person, party, form.getSeatType(),
                    form.getBoardRole(), form.getSubstituteOrder(), form.getValidFrom(), form.getValidTo()));
            audit.record(CREATED, "BoardSeat", created.getId(), municipality.getCode(),
                    "Uppdrag i " + board.getName() + ": " + person.getFullName() + " (" + party.getCode() + ")",
                    seatChanges(null, created).toString());
            return created;
        }
        checkVersion(seat.getVersion(), form.getVersion(), BoardSeat.class, seat.getId());
        BoardSeat before = new BoardSeat(board, person, seat.getParty(), seat.getSeatType(), seat.getBoardRole(),
                seat.getSubstituteOrder(), seat.getValidFrom(), seat.getValidTo());
        seat.change(party, form.getSeatType(), form.getBoardRole(), form.getSubstituteOrder(), form.getValidFrom(),
                form.getValidTo());
        audit.record(UPDATED, "BoardSeat", seat.getId(), municipality.getCode(),
                "Uppdrag ändrat i " + board.getName() + ": " + person.getFullName(),
                seatChanges(before, seat).toString());
        return seat;
    }

    public void deleteSeat(Long seatId, long version) {
        BoardSeat seat = seats.findById(seatId).orElseThrow(() -> DomainException.notFound("notFound.seat"));
        Board board = visibleBoard(seat.getBoard().getId(), null);
        checkVersion(seat.getVersion(), version, BoardSeat.class, seat.getId());
        seats.delete(seat);
        audit.record(DELETED, "BoardSeat", seatId, board.getMunicipality().getCode(),
                "Uppdrag borttaget i " + board.getName() + ": " + seat.getPerson().getFullName(),
                seatChanges(seat, null).toString());
    }

    private void checkSeatRules(SeatForm form, Board board, Person person) {
        LocalDate from = form.getValidFrom();
        LocalDate to = form.getValidTo();
        if (to != null && to.isBefore(from)) {
            throw DomainException.invalid("validTo", "seat.validTo.beforeFrom");
        }
        if (form.getSeatType() == SeatType.MEMBER && form.getSubstituteOrder() != null) {
            throw DomainException.invalid("substituteOrder", "seat.substituteOrder.onlySubstitutes");
        }
        if (form.getSeatType() == SeatType.SUBSTITUTE && form.getSubstituteOrder() == null) {
            throw DomainException.invalid("substituteOrder", "seat.substituteOrder.required");
        }
        if (form.getSeatType() == SeatType.SUBSTITUTE && form.getBoardRole() != null) {
            throw DomainException.invalid("boardRole", "seat.boardRole.onlyMembers");
        }
        List<BoardSeat> others = seats.findByBoard(board).stream()
                .filter(other -> !Objects.equals(other.getId(), form.getId()))
                .filter(other -> other.overlaps(from, to))
                .toList();
        for (BoardSeat other : others) {
            if (other.getPerson().equals(person)) {
                throw DomainException.invalid("validFrom", "seat.overlap", other.getValidFrom(),
                        other.getValidTo() == null ? "–" : other.getValidTo());
            }
        }
        if (form.getSeatType() == SeatType.SUBSTITUTE) {
            for (BoardSeat other : others) {
                if (other.getSeatType() == SeatType.SUBSTITUTE && other.getParty().getId().equals(form.getPartyId())
                        && form.getSubstituteOrder().equals(other.getSubstituteOrder())) {
                    throw DomainException.invalid("substituteOrder", "seat.substituteOrder.taken",
                            form.getSubstituteOrder(), other.getPerson().getFullName());
                }
            }
        }
        if (form.getBoardRole() != null) {
            for (BoardSeat other : others) {
                if (other.getBoardRole() == form.getBoardRole()) {
                    throw DomainException.invalid("boardRole", "seat.boardRole.taken",
                            other.getPerson().getFullName());
                }
            }
        }
        if (form.getSeatType() == SeatType.MEMBER) {
            // The board is full if, on any day of the seat's period, all member places are taken by others.
            List<BoardSeat> members = others.stream().filter(other -> other.getSeatType() == SeatType.MEMBER)
                    .toList();
            Optional<LocalDate> full = BoardSeat.firstDayHeldByAtLeast(members, board.getMemberCount(), from, to);
            if (full.isPresent()) {
                throw DomainException.invalid("seatType", "seat.members.full", board.getMemberCount(), full.get());
            }
        }
    }

    private static Changes seatChanges(BoardSeat before, BoardSeat after) {
        return Changes.start()
                .field("person", before == null ? null : before.getPerson().getFullName(),
                        after == null ? null : after.getPerson().getFullName())
                .field("parti", before == null ? null : before.getParty().getCode(),
                        after == null ? null : after.getParty().getCode())
                .field("typ", before == null ? null : before.getSeatType(),
                        after == null ? null : after.getSeatType())
                .field("roll", before == null ? null : before.getBoardRole(),
                        after == null ? null : after.getBoardRole())
                .field("ersättarordning", before == null ? null : before.getSubstituteOrder(),
                        after == null ? null : after.getSubstituteOrder())
                .field("från", before == null ? null : before.getValidFrom(),
                        after == null ? null : after.getValidFrom())
                .field("till", before == null ? null : before.getValidTo(),
                        after == null ? null : after.getValidTo());
    }

    // --- Helpers --------------------------------------------------------------------------------------

    Municipality visibleMunicipality(Long id) {
        Municipality municipality = id == null ? null : municipalities.findById(id).orElse(null);
        if (municipality == null || !Tenancy.mayAccess(municipality)) {
            throw DomainException.invalid("municipalityId", "notFound.municipality");
        }
        return municipality;
    }

    /** The record if it exists and belongs to one of the signed-in user's municipalities; else not found. */
    private static <T> T visible(Optional<T> found, Function<T, Municipality> municipalityOf, String notFoundKey) {
        return found.filter(entity -> Tenancy.mayAccess(municipalityOf.apply(entity)))
                .orElseThrow(() -> DomainException.notFound(notFoundKey));
    }

    private Board visibleBoard(Long id, String field) {
        Board board = id == null ? null : boards.findById(id).orElse(null);
        if (board == null || !Tenancy.mayAccess(board.getMunicipality())) {
            throw field == null ? DomainException.notFound("notFound.board")
                    : DomainException.invalid(field, "notFound.board");
        }
        return board;
    }

    /** Refuses a change made on a form that was opened before someone else saved the same record. */
    static void checkVersion(long current, long submitted, Class<?> type, Object id) {
        if (current != submitted) {
            throw new ObjectOptimisticLockingFailureException(type, id);
        }
    }

    private static Long idOrNone(Long id) {
        return id == null ? -1L : id;
    }

    private static String nameOf(Administration administration) {
        return administration == null ? null : administration.getName();
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
