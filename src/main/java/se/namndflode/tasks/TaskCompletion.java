package se.namndflode.tasks;

import se.namndflode.shared.web.TextLimits;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/**
 * What completes a task, on its page and in the API: which part applies depends on the task (the rest is
 * ignored). Required parts are checked by {@link TaskWork}, next to the field they concern.
 */
class TaskCompletion {

    @Schema(description = "Granska/Godkänn för nämnden: APPROVED eller RETURNED")
    private String outcome;

    @Schema(description = "Kommentar till handläggaren; krävs med RETURNED")
    @Size(max = TextLimits.REASON, message = "{validation.tooLong}")
    private String comment;

    @Schema(description = "Fördela ärendet: handläggarens användarnamn")
    private String caseOfficer;

    /**
     * Fördela ärendet: the matter's version as the person saw it (the task page's hidden field; in the API the
     * {@code version} of GET /api/v1/matters/{number}). Required: someone may have changed the case officer on the
     * matter page meanwhile, and that change is not overwritten unseen (400 without it, 409 when stale).
     */
    @Schema(description = "Fördela ärendet: ärendets version som du läste (version i GET /api/v1/matters/{number}); "
            + "krävs. Har någon annan ändrat ärendets handläggare sedan dess: 409 med läget nu i current",
            example = "2")
    private Long version;

    @Schema(description = "Anmäl till sammanträde: ett kommande planerat sammanträde (id) för ärendets nämnd, "
            + "se GET /api/v1/boards/{boardId}/meetings")
    private Long meetingId;

    @Schema(description = "Anmäl till sammanträde: skälet, när sammanträdet är efter ärendets svarsdatum (krävs då)")
    @Size(max = TextLimits.REASON, message = "{validation.tooLong}")
    private String lateMeetingReason;

    @Schema(description = "Expediera protokollsutdrag: mottagare")
    @Size(max = TextLimits.REASON, message = "{validation.tooLong}")
    private String recipients;

    /** Only where the refusal "no decision points" is shown on the page; nothing is bound to it. */
    @JsonIgnore
    private String decisionPoints;

    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getCaseOfficer() { return caseOfficer; }
    public void setCaseOfficer(String caseOfficer) { this.caseOfficer = caseOfficer; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public Long getMeetingId() { return meetingId; }
    public void setMeetingId(Long meetingId) { this.meetingId = meetingId; }
    public String getLateMeetingReason() { return lateMeetingReason; }
    public void setLateMeetingReason(String lateMeetingReason) { this.lateMeetingReason = lateMeetingReason; }
    public String getRecipients() { return recipients; }
    public void setRecipients(String recipients) { this.recipients = recipients; }
    @JsonIgnore
    public String getDecisionPoints() { return decisionPoints; }
    @JsonIgnore
    public void setDecisionPoints(String decisionPoints) { this.decisionPoints = decisionPoints; }
}
