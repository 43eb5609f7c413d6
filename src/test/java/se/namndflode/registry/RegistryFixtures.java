package se.namndflode.registry;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.TestComponent;
import se.namndflode.organisation.AccountForm;
import se.namndflode.SignedIn;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.AdministrationForm;
import se.namndflode.organisation.Board;
import se.namndflode.organisation.BoardForm;
import se.namndflode.organisation.BoardKind;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.security.SignedInUser;

/**
 * What the registry's tests set up: boards with a registry series of their own (so that serial numbers can be
 * asserted exactly, also on a shared database), signed-in users, forms and small files. Tests {@code @Import} it.
 */
@TestComponent
class RegistryFixtures {

    /** The smallest file the registry takes as a PDF: it starts with the PDF signature. */
    static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    private final OrganisationAdmin admin;
    private final Accounts accounts;
    private final Registry registry;
    private final JdbcTemplate jdbc;

    RegistryFixtures(OrganisationAdmin admin, Accounts accounts, Registry registry, JdbcTemplate jdbc) {
        this.admin = admin;
        this.accounts = accounts;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    /** A board of Stockholms stad whose administration has a new, unused series prefix. */
    Board newBoard() {
        String prefix = uniquePrefix();
        Long stockholm = jdbc.queryForObject("select id from municipality where code = 'stockholm'", Long.class);
        AdministrationForm administration = new AdministrationForm();
        administration.setMunicipalityId(stockholm);
        administration.setName("Testförvaltning " + prefix);
        administration.setRegistryPrefix(prefix);
        Long administrationId = admin.saveAdministration(administration).getId();
        BoardForm board = new BoardForm();
        board.setMunicipalityId(stockholm);
        board.setKind(BoardKind.BOARD);
        board.setName("Testnämnd " + prefix);
        board.setAdministrationId(administrationId);
        board.setMemberCount(9);
        return admin.saveBoard(board);
    }

    /** Socialnämnden of the demo data (series SOF). */
    Long socialnamnden() {
        return jdbc.queryForObject("select id from board where name = 'Socialnämnden'", Long.class);
    }

    static String uniquePrefix() {
        StringBuilder prefix = new StringBuilder("T");
        for (int i = 0; i < 7; i++) {
            prefix.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return prefix.toString();
    }

    /** A new account of Stockholms stad with the given roles (for users the demo data does not have). */
    String newAccount(Role... roles) {
        String username = "test." + uniquePrefix().toLowerCase();
        AccountForm form = new AccountForm();
        form.setUsername(username);
        form.setDisplayName("Testperson " + username);
        form.setPassword("testlosenord-123");
        form.setRoles(EnumSet.copyOf(Set.of(roles)));
        form.setMunicipalityIds(Set.of(jdbc.queryForObject("select id from municipality where code = 'stockholm'",
                Long.class)));
        accounts.save(form);
        return username;
    }

    SignedInUser user(String username) {
        return accounts.loadUserByUsername(username);
    }

    /** Runs the action signed in as the user, as a request of theirs would. */
    <T> T as(String username, Supplier<T> action) {
        return SignedIn.as(user(username), action);
    }

    static MatterForm referral(Long boardId, String title, LocalDate answerDue) {
        MatterForm form = new MatterForm();
        form.setBoardId(boardId);
        form.setKind(MatterKind.REFERRAL);
        form.setTitle(title);
        form.setSender("Kommunstyrelsen");
        form.setSenderReference("KS 2023/769");
        form.setAnswerDue(answerDue);
        return form;
    }

    static MatterForm report(Long boardId, String title) {
        MatterForm form = new MatterForm();
        form.setBoardId(boardId);
        form.setKind(MatterKind.REPORT);
        form.setTitle(title);
        return form;
    }

    /** Registers a matter as the demo registrar. */
    Matter register(MatterForm form) {
        return as("registrator", () -> registry.registerMatter(form));
    }

    static DocumentForm document(DocumentType type, String title, LocalDate date, Integer attachTo) {
        DocumentForm form = new DocumentForm();
        form.setType(type);
        form.setTitle(title);
        form.setDate(date);
        form.setDirection(DocumentDirection.IN);
        form.setAttachTo(attachTo);
        return form;
    }

    static FileContent pdf(String name) {
        return new FileContent(name, "application/pdf", PDF);
    }

    /** A title no other test uses, to find in (or miss from) pages and lists. */
    static String uniqueTitle(String start) {
        return start + " " + uniquePrefix().toLowerCase();
    }
}
