package se.namndflode.organisation;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.web.DomainException;

/**
 * Reads of the organisation, limited to the signed-in user's municipalities. Other capabilities use this
 * to find boards, their seats and their registry series.
 */
@Service
@Transactional(readOnly = true)
public class Organisation {

    private final MunicipalityRepository municipalities;
    private final AdministrationRepository administrations;
    private final BoardRepository boards;
    private final CommitteeRepository committees;
    private final PartyRepository parties;
    private final PersonRepository persons;
    private final BoardSeatRepository seats;

    Organisation(MunicipalityRepository municipalities, AdministrationRepository administrations,
            BoardRepository boards, CommitteeRepository committees, PartyRepository parties, PersonRepository persons,
            BoardSeatRepository seats) {
        this.municipalities = municipalities;
        this.administrations = administrations;
        this.boards = boards;
        this.committees = committees;
        this.parties = parties;
        this.persons = persons;
        this.seats = seats;
    }

    public List<Municipality> myMunicipalities() {
        return municipalities.findByCodeInOrderByName(CurrentUser.municipalityCodes());
    }

    /**
     * Every municipality, by name, whoever asks: their names and codes are public (the anslagstavla, where each
     * municipality has its own, KL 8 kap. 9 §, lists them for the public).
     */
    public List<Municipality> allMunicipalities() {
        return municipalities.findAllByOrderByName();
    }

    public Optional<Municipality> municipalityByCode(String code) {
        return municipalities.findByCode(code).filter(Tenancy::mayAccess);
    }

    /** A municipality's name ("Stockholms stad"), public as all are, for e-mails; its code when there is none. */
    public String municipalityName(String code) {
        return municipalities.findByCode(code).map(Municipality::getName).orElse(code);
    }

    public Municipality municipality(Long id) {
        return municipalities.findById(id).filter(Tenancy::mayAccess)
                .orElseThrow(() -> DomainException.notFound("notFound.municipality"));
    }

    public List<Administration> administrations() {
        return administrations.findByMunicipalityCodeInOrderByMunicipalityNameAscNameAsc(
                CurrentUser.municipalityCodes());
    }

    public Administration administration(Long id) {
        return administrations.findById(id).filter(found -> Tenancy.mayAccess(found.getMunicipality()))
                .orElseThrow(() -> DomainException.notFound("notFound.administration"));
    }

    /** The boards of the signed-in user's municipalities: council, executive board, then boards by name. */
    public List<Board> boards() {
        // Sorted here: the database would sort the kind as text, putting BOARD before COUNCIL.
        return boards.findByMunicipalityCodeInOrderByMunicipalityNameAscKindAscNameAsc(
                CurrentUser.municipalityCodes()).stream()
                .sorted(Comparator.comparing((Board board) -> board.getMunicipality().getName())
                        .thenComparing(Board::getKind).thenComparing(Board::getName))
                .toList();
    }

    /**
     * The boards of one municipality (council, executive board, then boards by name), for work that names boards
     * of that municipality (an import); empty for a municipality the signed-in user does not belong to.
     */
    public List<Board> boards(String municipalityCode) {
        return boards.findByMunicipalityCodeInOrderByMunicipalityNameAscKindAscNameAsc(List.of(municipalityCode))
                .stream().filter(found -> Tenancy.mayAccess(found.getMunicipality()))
                .sorted(Comparator.comparing(Board::getKind).thenComparing(Board::getName)).toList();
    }

    public Board board(Long id) {
        return boards.findById(id).filter(found -> Tenancy.mayAccess(found.getMunicipality()))
                .orElseThrow(() -> DomainException.notFound("notFound.board"));
    }

    public List<Committee> committees() {
        return committees.findByBoardMunicipalityCodeInOrderByBoardNameAscNameAsc(CurrentUser.municipalityCodes());
    }

    public List<Committee> committees(Board board) {
        return committees.findByBoardOrderByName(board);
    }

    public Committee committee(Long id) {
        return committees.findById(id).filter(found -> Tenancy.mayAccess(found.getBoard().getMunicipality()))
                .orElseThrow(() -> DomainException.notFound("notFound.committee"));
    }

    public List<Party> parties() {
        return parties.findByMunicipalityCodeInOrderByMunicipalityNameAscCodeAsc(CurrentUser.municipalityCodes());
    }

    public Party party(Long id) {
        return parties.findById(id).filter(found -> Tenancy.mayAccess(found.getMunicipality()))
                .orElseThrow(() -> DomainException.notFound("notFound.party"));
    }

    public List<Person> persons() {
        return persons.findByMunicipalityCodeInOrderByLastNameAscFirstNameAsc(CurrentUser.municipalityCodes());
    }

    public Person person(Long id) {
        return persons.findById(id).filter(found -> Tenancy.mayAccess(found.getMunicipality()))
                .orElseThrow(() -> DomainException.notFound("notFound.person"));
    }

    public List<BoardSeat> seatsOf(Person person) {
        return seats.findByPerson(person);
    }

    /** Every seat of the board, past, present and future. */
    public List<BoardSeat> seats(Board board) {
        return seats.findByBoard(board);
    }

    public BoardSeat seat(Long id) {
        return seats.findById(id).filter(found -> Tenancy.mayAccess(found.getBoard().getMunicipality()))
                .orElseThrow(() -> DomainException.notFound("notFound.seat"));
    }

    /** The board's composition on a day: members (chair, vice chair, then by party) and substitutes in order. */
    public BoardComposition composition(Board board, LocalDate day) {
        List<BoardSeat> current = seats.findByBoard(board).stream().filter(seat -> seat.isValidOn(day)).toList();
        Comparator<BoardSeat> byRoleThenParty = Comparator
                .comparing((BoardSeat seat) -> seat.getBoardRole() == null ? 9 : seat.getBoardRole().ordinal())
                .thenComparing(seat -> seat.getParty().getCode())
                .thenComparing(seat -> seat.getPerson().getLastName());
        List<BoardSeat> members = current.stream().filter(seat -> seat.getSeatType() == SeatType.MEMBER)
                .sorted(byRoleThenParty).toList();
        List<BoardSeat> substitutes = current.stream().filter(seat -> seat.getSeatType() == SeatType.SUBSTITUTE)
                .sorted(Comparator.comparing((BoardSeat seat) -> seat.getParty().getCode())
                        .thenComparing(BoardSeat::getSubstituteOrder))
                .toList();
        return new BoardComposition(board, day, members, substitutes);
    }
}
