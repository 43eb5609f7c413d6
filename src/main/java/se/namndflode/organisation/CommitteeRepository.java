package se.namndflode.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitteeRepository extends JpaRepository<Committee, Long> {

    boolean existsByBoardAndNameIgnoreCaseAndIdNot(Board board, String name, Long id);

    List<Committee> findByBoardMunicipalityCodeInOrderByBoardNameAscNameAsc(Collection<String> codes);

    List<Committee> findByBoardOrderByName(Board board);
}
