package se.namndflode.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import se.namndflode.shared.security.Role;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("""
            select distinct a from UserAccount a join a.municipalities m
            where m.code in :codes order by a.displayName""")
    List<UserAccount> findVisibleTo(Collection<String> codes);

    @Query("""
            select distinct a from UserAccount a join a.municipalities m join a.roles r
            where m.code = :code and r = :role and a.enabled = true order by a.username""")
    List<UserAccount> findEnabledWithRole(String code, Role role);

    /** User name and name of each account of these municipalities (for {@link PersonNames}). */
    @Query("""
            select distinct a.username, a.displayName from UserAccount a join a.municipalities m
            where m.code in :codes""")
    List<Object[]> findNamesVisibleTo(Collection<String> codes);

    @Query("select a.displayName from UserAccount a where a.username = :username")
    Optional<String> findDisplayName(String username);
}
