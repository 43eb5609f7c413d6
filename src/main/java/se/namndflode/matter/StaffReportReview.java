package se.namndflode.matter;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.UserAccount;
import se.namndflode.registry.Registry;
import se.namndflode.shared.audit.AuditEvent;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.Role;

/**
 * What a reviewer (the manager who reviews, the director who approves for the board) needs beside the text of a
 * tjänsteutlåtande under review: which version they review, what changed since the version they last looked at
 * (or, the first time, since the version sent for review before it), section by section of the city's template,
 * and the earlier approvals and returns with their comments. The diff is java-diff-utils' (docs/decisions.md),
 * word by word within a changed line.
 */
@Service
class StaffReportReview {

    /** The roles that review a tjänsteutlåtande (ReviewStaffReport, ApproveForBoard). */
    static final List<Role> REVIEWERS = List.of(Role.MANAGER, Role.DIRECTOR);

    /** One section's changes: its heading (message key) and its lines, each with how it changed. */
    record SectionDiff(String headingKey, List<Line> lines) {
        public boolean changed() {
            return lines.stream().anyMatch(line -> line.change() != Change.SAME);
        }
    }

    /** A line of a section: unchanged, added, removed, or changed (its HTML marks the words with ins and del). */
    record Line(Change change, String html) {
    }

    enum Change { SAME, ADDED, REMOVED, CHANGED }

    /** An earlier review step: when, who (by name), the step, its outcome (message key), the version, a comment. */
    record Review(OffsetDateTime at, String by, String step, String outcomeKey, Integer version, String comment) {
    }

    private final StaffReportSeenRepository seen;
    private final AuditLog audit;
    private final Accounts accounts;
    private final Clock clock;

    StaffReportReview(StaffReportSeenRepository seen, AuditLog audit, Accounts accounts, Clock clock) {
        this.seen = seen;
        this.audit = audit;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Whether the signed-in user is one who reviews tjänsteutlåtanden. */
    static boolean isReviewer() {
        return CurrentUser.get().map(user -> REVIEWERS.stream().anyMatch(user::hasRole)).orElse(false);
    }

    /**
     * The version to compare the current one with for the signed-in reviewer: the one they last looked at under
     * review, if older than the current; else the version sent for review before the current one; empty when
     * there is none (the first version sent).
     */
    @Transactional(readOnly = true)
    public Optional<Integer> baseline(StaffReport report) {
        int current = report.getCurrent().getNumber();
        Optional<Integer> lastSeen = CurrentUser.get()
                .flatMap(user -> seen.findByMatterIdAndUsername(report.getMatterId(), user.getUsername()))
                .map(StaffReportSeen::getVersionNumber).filter(number -> number < current);
        if (lastSeen.isPresent()) {
            return lastSeen;
        }
        return submittedVersions(report.getMatterId()).stream().filter(number -> number < current)
                .reduce((first, second) -> second);
    }

    /** Records that the signed-in reviewer has looked at the version under review (never moves backwards). */
    @Transactional
    public void seen(StaffReport report) {
        CurrentUser.get().filter(user -> REVIEWERS.stream().anyMatch(user::hasRole)).ifPresent(user -> {
            int number = report.getCurrent().getNumber();
            OffsetDateTime now = OffsetDateTime.now(clock);
            try {
                seen.findByMatterIdAndUsername(report.getMatterId(), user.getUsername()).ifPresentOrElse(
                        row -> row.saw(number, now),
                        () -> seen.saveAndFlush(new StaffReportSeen(report.getMatterId(), user.getUsername(), number,
                                now)));
            } catch (DataIntegrityViolationException sameUserMeanwhile) {
                // The same reviewer's other tab recorded it at the same moment: it is recorded.
            }
        });
    }

    /** The changes from {@code before} to {@code after}, section by section in the template's order. */
    static List<SectionDiff> diff(StaffReportVersion before, StaffReportVersion after) {
        return List.of(
                section("staffReport.field.title", List.of(before.getTitle()), List.of(after.getTitle())),
                section("staffReport.field.decisionPoints", before.getDecisionPoints(), after.getDecisionPoints()),
                section("staffReport.field.summary", paragraphs(before.getSummary()), paragraphs(after.getSummary())),
                section("staffReport.field.background", paragraphs(before.getBackground()),
                        paragraphs(after.getBackground())),
                section("staffReport.field.assessment", paragraphs(before.getAssessment()),
                        paragraphs(after.getAssessment())),
                section("staffReport.field.attachments", before.getAttachments(), after.getAttachments()));
    }

    static SectionDiff section(String headingKey, List<String> before, List<String> after) {
        DiffRowGenerator generator = DiffRowGenerator.create().showInlineDiffs(true).inlineDiffByWord(true)
                .mergeOriginalRevised(true)
                .oldTag(start -> start ? "<del>" : "</del>").newTag(start -> start ? "<ins>" : "</ins>").build();
        List<Line> lines = new ArrayList<>();
        for (DiffRow row : generator.generateDiffRows(before, after)) {
            lines.add(switch (row.getTag()) {
                case EQUAL -> new Line(Change.SAME, row.getOldLine());
                case INSERT -> new Line(Change.ADDED, "<ins>" + row.getNewLine() + "</ins>");
                case DELETE -> new Line(Change.REMOVED, "<del>" + row.getOldLine() + "</del>");
                case CHANGE -> new Line(Change.CHANGED, grouped(row.getOldLine()));
            });
        }
        return new SectionDiff(headingKey, lines);
    }

    /** Marked runs in a changed line's HTML as java-diff-utils writes them (its text is HTML-escaped). */
    private static final Pattern MARKED = Pattern.compile("<(del|ins)>(.*?)</\\1>", Pattern.DOTALL);
    /** An unchanged run short enough to fold into the change around it: whitespace, or up to two short words. */
    private static final Pattern BRIDGE = Pattern.compile("\\s*(\\S{1,4}(\\s+\\S{1,4})?)?\\s*");

    /**
     * A changed line as a reader can take it: the word-level diff alternates deletions and insertions
     * ({@code <del>men</del><ins>Förslaget</ins> <del>avstyrker</del><ins>om</ins>}), so that neither the old nor
     * the new sentence can be read. Adjacent changes separated only by whitespace or by an unchanged run of at most
     * two short words (≤ 4 characters) become one deletion followed by one insertion, the unchanged run in both
     * ({@code <del>men avstyrker</del><ins>Förslaget om</ins>}). Longer unchanged runs stay between the groups.
     *
     * @param html a line with {@code <del>} and {@code <ins>} marks around HTML-escaped text
     * @return the same line with the marks grouped
     */
    static String grouped(String html) {
        StringBuilder out = new StringBuilder();
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        Matcher mark = MARKED.matcher(html);
        int position = 0;
        boolean open = false;
        while (mark.find()) {
            String between = html.substring(position, mark.start());
            if (open && BRIDGE.matcher(between).matches()) {
                deleted.append(between);
                inserted.append(between);
            } else {
                flush(out, deleted, inserted);
                out.append(between);
            }
            (mark.group(1).equals("del") ? deleted : inserted).append(mark.group(2));
            open = true;
            position = mark.end();
        }
        flush(out, deleted, inserted);
        return out.append(html.substring(position)).toString();
    }

    private static void flush(StringBuilder out, StringBuilder deleted, StringBuilder inserted) {
        if (!deleted.isEmpty()) {
            out.append("<del>").append(deleted).append("</del>");
        }
        if (!inserted.isEmpty()) {
            out.append("<ins>").append(inserted).append("</ins>");
        }
        deleted.setLength(0);
        inserted.setLength(0);
    }

    private static List<String> paragraphs(String text) {
        return text == null || text.isBlank() ? List.of()
                : Arrays.stream(text.split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /**
     * The review steps taken on the tjänsteutlåtande so far, oldest first: each approval or return, by whom, of
     * which version, with the comment given when it went back to the case officer. Read from the matter's audit.
     */
    @Transactional(readOnly = true)
    public List<Review> earlierReviews(Long matterId) {
        List<AuditEvent> events = audit.history(matterId, Registry.MATTER, Registry.STAFF_REPORT);
        Map<String, String> names = accounts.visibleAccounts().stream()
                .collect(Collectors.toMap(UserAccount::getUsername, UserAccount::getDisplayName, (a, b) -> a));
        List<Review> reviews = new ArrayList<>();
        Integer submitted = null;
        String pendingComment = null;
        for (AuditEvent event : events) {
            String summary = event.getSummary() == null ? "" : event.getSummary();
            if (Registry.STAFF_REPORT.equals(event.getEntityType()) && "SUBMITTED".equals(event.getAction())) {
                submitted = number(summary);
            } else if (Registry.STAFF_REPORT.equals(event.getEntityType()) && "RETURNED".equals(event.getAction())) {
                pendingComment = event.getDetails() == null ? null : event.getDetails().replaceFirst("^kommentar: ", "");
            } else if ("TASK_COMPLETED".equals(event.getAction()) && event.getDetails() != null
                    && event.getDetails().startsWith("utfall: ")
                    && (summary.contains("Granska tjänsteutlåtande") || summary.contains("Godkänn för nämnden"))) {
                boolean approved = event.getDetails().endsWith("APPROVED");
                String step = summary.contains("Granska") ? "task.ReviewStaffReport" : "task.ApproveForBoard";
                reviews.add(new Review(event.getOccurredAt(), names.getOrDefault(event.getActor(), event.getActor()),
                        step, approved ? "staffReport.review.approved" : "staffReport.review.returned", submitted,
                        approved ? null : pendingComment));
                pendingComment = null;
            }
        }
        return reviews;
    }

    private List<Integer> submittedVersions(Long matterId) {
        return audit.history(matterId, Registry.STAFF_REPORT).stream()
                .filter(event -> "SUBMITTED".equals(event.getAction())).map(event -> number(event.getSummary()))
                .filter(java.util.Objects::nonNull).toList();
    }

    private static Integer number(String summary) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("version (\\d+)").matcher(summary);
        return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }
}
