package se.namndflode.organisation;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BoardRepository extends JpaRepository<Board, Long> {

    boolean existsByMunicipalityAndNameIgnoreCaseAndIdNot(Municipality municipality, String name, Long id);

    boolean existsByMunicipalityAndKindAndIdNot(Municipality municipality, BoardKind kind, Long id);

    List<Board> findByMunicipalityCodeInOrderByMunicipalityNameAscKindAscNameAsc(Collection<String> codes);
}
