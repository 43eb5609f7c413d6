package se.namndflode.matter;

import se.namndflode.shared.web.TextLimits;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the case officer edits. Decision points and attachments are written one per line; the numbering is
 * the system's.
 */
public class StaffReportForm {

    private Long matterId;
    /** The report's version when the form was opened (optimistic locking); null for a new report. */
    private Long version;

    @NotBlank(message = "{validation.required}")
    @Size(max = TextLimits.TITLE, message = "{validation.tooLong}")
    private String title;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate reportDate;

    @Size(max = TextLimits.LONG_TEXT, message = "{validation.tooLong}")
    private String decisionPoints;

    @NotBlank(message = "{validation.required}")
    @Size(max = TextLimits.SUMMARY, message = "{validation.tooLong}")
    private String summary;

    @Size(max = TextLimits.LONG_TEXT, message = "{validation.tooLong}")
    private String background;

    @Size(max = TextLimits.LONG_TEXT, message = "{validation.tooLong}")
    private String assessment;

    @Size(max = TextLimits.LONG_TEXT, message = "{validation.tooLong}")
    private String attachments;

    public static StaffReportForm of(StaffReport report) {
        StaffReportForm form = new StaffReportForm();
        form.matterId = report.getMatterId();
        form.version = report.getVersion();
        StaffReportVersion current = report.getCurrent();
        if (current != null) {
            form.title = current.getTitle();
            form.reportDate = current.getReportDate();
            form.decisionPoints = String.join("\n", current.getDecisionPoints());
            form.summary = current.getSummary();
            form.background = current.getBackground();
            form.assessment = current.getAssessment();
            form.attachments = String.join("\n", current.getAttachments());
        }
        return form;
    }

    /** Non-empty lines, trimmed, with any numbering the writer typed ("1.", "2)") removed. */
    static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::trim)
                .map(line -> line.replaceFirst("^\\d+\\s*[.)]\\s*", ""))
                .filter(line -> !line.isEmpty()).toList();
    }

    /** Whether saving the form would add nothing new to {@code version} (then sending it needs no new version). */
    boolean sameAs(StaffReportVersion version) {
        return version != null && java.util.Objects.equals(trimmed(title), version.getTitle())
                && java.util.Objects.equals(reportDate, version.getReportDate())
                && decisionPointList().equals(version.getDecisionPoints())
                && java.util.Objects.equals(trimmed(summary), version.getSummary())
                && java.util.Objects.equals(blankToNull(background), version.getBackground())
                && java.util.Objects.equals(blankToNull(assessment), version.getAssessment())
                && attachmentList().equals(version.getAttachments());
    }

    private static String trimmed(String text) {
        return text == null ? null : text.trim();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    public List<String> decisionPointList() {
        return lines(decisionPoints);
    }

    public List<String> attachmentList() {
        return lines(attachments);
    }

    public Long getMatterId() { return matterId; }
    public void setMatterId(Long matterId) { this.matterId = matterId; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getReportDate() { return reportDate; }
    public void setReportDate(LocalDate reportDate) { this.reportDate = reportDate; }
    public String getDecisionPoints() { return decisionPoints; }
    public void setDecisionPoints(String decisionPoints) { this.decisionPoints = decisionPoints; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getBackground() { return background; }
    public void setBackground(String background) { this.background = background; }
    public String getAssessment() { return assessment; }
    public void setAssessment(String assessment) { this.assessment = assessment; }
    public String getAttachments() { return attachments; }
    public void setAttachments(String attachments) { this.attachments = attachments; }
}
