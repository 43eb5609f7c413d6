package se.namndflode.assignment.overview;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.assignment.overview.OverviewFilter.ItemType;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.mail.Letter;
import se.namndflode.shared.mail.Mailer;
import se.namndflode.shared.mail.Recipient;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.SignedInUser;

/**
 * The weekly digest per manager: the overview's counts for the manager's municipalities, the overdue and at-risk
 * items (the earliest date first, at most {@link #LISTED}), and those the manager is responsible for. Shown as a
 * page ({@code /oversikt/veckobrev}) to the signed-in manager or director, and e-mailed every Monday at 07:00 by
 * the engine's timer ({@code bpmn/overview-digest.bpmn}, one instance per municipality) to each manager and
 * director of the municipality who has an address, when an SMTP server is configured ({@code spring.mail.host});
 * with none, nothing is sent and nothing fails. A failed e-mail is logged and audited and never fails the job (a
 * retry would mail the others twice). A confidential matter is named in an e-mail only by its number and public
 * title (the e-mail leaves the application; the page shows the title to the entitled manager).
 */
@Service
public class OverviewDigest {

    /** The most items the digest lists (the counts are complete; the page links to the whole overview). */
    static final int LISTED = 50;
    static final String MAILED = "OVERVIEW_DIGEST_MAILED";
    private static final Logger LOG = LoggerFactory.getLogger(OverviewDigest.class);
    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    /**
     * A manager's digest.
     *
     * @param items the overdue and at-risk items and those waiting for review, at most {@link #LISTED}
     * @param own those of the items the manager is responsible for (as responsible person or case officer)
     */
    public record Digest(String name, LocalDate weekOf, OverviewCounts counts, List<OverviewItem> items,
            List<OverviewItem> own) {

        public boolean truncated() {
            return counts.total() > items.size();
        }
    }

    private final Overview overview;
    private final JdbcTemplate jdbc;
    private final Mailer mailer;
    private final MessageSource messages;
    private final AuditLog audit;

    OverviewDigest(Overview overview, JdbcTemplate jdbc, Mailer mailer, MessageSource messages, AuditLog audit) {
        this.overview = overview;
        this.jdbc = jdbc;
        this.mailer = mailer;
        this.messages = messages;
        this.audit = audit;
    }

    /** The signed-in manager's or director's digest of their municipalities. */
    @Transactional(readOnly = true)
    public Digest forSignedInUser() {
        SignedInUser user = CurrentUser.require();
        return digest(user.getMunicipalityCodes(), user.getUsername(), user.getDisplayName());
    }

    private Digest digest(Set<String> municipalities, String username, String name) {
        List<OverviewItem> all = overview.items(municipalities, OverviewFilter.NONE);
        List<OverviewItem> own = new ArrayList<>();
        for (OverviewItem item : all) {
            if (username.equals(item.responsible())) {
                own.add(item);
            }
        }
        return new Digest(name, overview.today(), overview.counts(municipalities, OverviewFilter.NONE),
                all.subList(0, Math.min(LISTED, all.size())), own.subList(0, Math.min(LISTED, own.size())));
    }

    /**
     * E-mails the municipality's managers and directors their digest (the timer's job); returns how many e-mails
     * went out. Without an SMTP server nothing is sent.
     */
    @Transactional
    public int mailWeekly(String municipalityCode) {
        if (!mailer.configured()) {
            LOG.info("No SMTP server configured (spring.mail.host): the weekly digest of {} is not e-mailed",
                    municipalityCode);
            return 0;
        }
        List<Recipient> managers = jdbc.query("select username, display_name, email from overview_manager "
                + "where municipality_code = ? order by username", (row, number) -> new Recipient(
                        row.getString("username"), row.getString("display_name"), row.getString("email")),
                municipalityCode);
        // The digest of one without an address is not computed: they get no e-mail, the audit names them.
        List<Letter> letters = managers.stream().map(manager -> manager.hasAddress()
                ? letter(manager, digest(Set.of(municipalityCode), manager.username(), manager.name()))
                : new Letter(manager, null, null)).toList();
        Mailer.Outcome outcome = mailer.send("The weekly digest of " + municipalityCode, letters);
        audit.record(MAILED, "Overview", municipalityCode, municipalityCode, "Veckobrevet om försenade uppdrag och "
                + "ärenden e-postat till " + outcome.sent() + " av " + managers.size() + " chefer",
                outcome.details());
        return outcome.sent();
    }

    private Letter letter(Recipient manager, Digest digest) {
        OverviewCounts counts = digest.counts();
        return new Letter(manager, messages.getMessage("overview.digest.mail.subject",
                new Object[] {digest.weekOf().toString(), counts.overdue(), counts.atRisk()}, SWEDISH), body(digest));
    }

    /** The e-mail's plain text: the counts, the listed items with their links, the link to the overview. */
    String body(Digest digest) {
        OverviewCounts counts = digest.counts();
        StringBuilder text = new StringBuilder(messages.getMessage("overview.digest.mail.intro",
                new Object[] {digest.name(), digest.weekOf().toString(), counts.assignmentsOverdue(),
                    counts.assignmentsAtRisk(), counts.mattersOverdue(), counts.mattersAtRisk(),
                    counts.mattersInReview()}, SWEDISH)).append("\n\n");
        if (!digest.own().isEmpty()) {
            text.append(messages.getMessage("overview.digest.own", null, SWEDISH)).append('\n');
            digest.own().forEach(item -> line(text, item));
            text.append('\n');
        }
        text.append(messages.getMessage("overview.digest.items", null, SWEDISH)).append('\n');
        digest.items().forEach(item -> line(text, item));
        if (digest.truncated()) {
            text.append(messages.getMessage("overview.digest.more", new Object[] {counts.total()}, SWEDISH))
                    .append('\n');
        }
        text.append('\n').append(messages.getMessage("overview.digest.mail.link",
                new Object[] {mailer.link("/oversikt")}, SWEDISH)).append('\n');
        return text.toString();
    }

    private void line(StringBuilder text, OverviewItem item) {
        text.append("- ").append(messages.getMessage(item.stateKey(), null, SWEDISH)).append(": ")
                .append(messages.getMessage("overview.type." + item.type(), null, SWEDISH)).append(' ')
                .append(item.reference()).append(' ')
                .append(abbreviate(item.type() == ItemType.MATTER ? item.mailTitle() : item.title(), 100))
                .append(item.due() == null ? "" : " (" + item.due() + ")")
                .append(", ").append(item.responsibleName() == null
                        ? messages.getMessage("overview.noResponsible", null, SWEDISH) : item.responsibleName())
                .append("\n  ").append(mailer.link(item.link())).append('\n');
    }

    private static String abbreviate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
