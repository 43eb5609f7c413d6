package se.namndflode.organisation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface BoardSeatRepository extends JpaRepository<BoardSeat, Long> {

    @Query("""
            select s from BoardSeat s join fetch s.person join fetch s.party
            where s.board = :board
            order by s.seatType, s.party.code, s.substituteOrder, s.person.lastName""")
    List<BoardSeat> findByBoard(Board board);

    @Query("""
            select s from BoardSeat s join fetch s.board join fetch s.party
            where s.person = :person order by s.validFrom desc""")
    List<BoardSeat> findByPerson(Person person);
}
