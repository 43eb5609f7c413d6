package se.namndflode;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import se.namndflode.organisation.AccountForm;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.AdministrationForm;
import se.namndflode.organisation.BoardForm;
import se.namndflode.organisation.BoardKind;
import se.namndflode.organisation.MunicipalityForm;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;

/**
 * A municipality of a test's own, set up through the organisation's services as an administrator would: an
 * administration with the given series prefix (e.g. {@code SOF}, as Stockholm's), a board in it, and one account
 * per role (user names {@code <code>.<role>}, password {@link HttpTestClient#DEMO_PASSWORD}). Codes and names are
 * unique, so that the suite can run against a shared database; two such municipalities with the same prefix number
 * their first matters identically ({@code SOF 2026/1}).
 */
public final class MunicipalityFixtures {

    private static final String NAME_PREFIX = "Testkommun ";

    private final OrganisationAdmin admin;
    private final Accounts accounts;

    public MunicipalityFixtures(OrganisationAdmin admin, Accounts accounts) {
        this.admin = admin;
        this.accounts = accounts;
    }

    /** The municipality, its board and its accounts by role. */
    public record TestMunicipality(String code, Long id, Long boardId, Map<Role, String> accounts) {

        public String user(Role role) {
            return accounts.get(role);
        }

        /** The municipality's name, as e-mails and pages give it. */
        public String name() {
            return NAME_PREFIX + code;
        }
    }

    public TestMunicipality create(String registryPrefix) {
        String code = "kommun-" + letters(8);
        MunicipalityForm municipality = new MunicipalityForm();
        municipality.setCode(code);
        municipality.setName(NAME_PREFIX + code);
        Long id = admin.saveMunicipality(municipality).getId();

        AdministrationForm administration = new AdministrationForm();
        administration.setMunicipalityId(id);
        administration.setName("Socialförvaltningen");
        administration.setRegistryPrefix(registryPrefix);
        BoardForm board = new BoardForm();
        board.setMunicipalityId(id);
        board.setKind(BoardKind.BOARD);
        // Named apart from Stockholm's Socialnämnden, which tests look up by its name.
        board.setName("Socialnämnden i " + code);
        board.setAdministrationId(admin.saveAdministration(administration).getId());
        board.setMemberCount(9);
        Long boardId = admin.saveBoard(board).getId();

        Map<Role, String> byRole = new EnumMap<>(Role.class);
        for (Role role : EnumSet.of(Role.REGISTRAR, Role.CASE_OFFICER, Role.MANAGER, Role.DIRECTOR, Role.SECRETARY,
                Role.ADMIN)) {
            byRole.put(role, account(code + "." + role.startPage(), EnumSet.of(role), Set.of(id)));
        }
        return new TestMunicipality(code, id, boardId, byRole);
    }

    /** An account (user name as given) with these roles in all these municipalities. */
    public String account(String username, Set<Role> roles, Set<Long> municipalityIds) {
        AccountForm form = new AccountForm();
        form.setUsername(username);
        form.setDisplayName("Testperson " + username);
        form.setPassword(HttpTestClient.DEMO_PASSWORD);
        form.setRoles(EnumSet.copyOf(roles));
        form.setMunicipalityIds(municipalityIds);
        accounts.save(form);
        return username;
    }

    /** An account with these roles in all of these municipalities. */
    public String account(Set<Role> roles, List<TestMunicipality> municipalities) {
        return account("flera." + letters(8), roles,
                municipalities.stream().map(TestMunicipality::id).collect(Collectors.toSet()));
    }

    public SignedInUser user(String username) {
        return accounts.loadUserByUsername(username);
    }

    /** Lower-case letters, for codes and names no other test uses. */
    public static String letters(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return text.toString();
    }
}
