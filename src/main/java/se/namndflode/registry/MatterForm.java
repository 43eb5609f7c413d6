package se.namndflode.registry;

import se.namndflode.shared.web.TextLimits;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** Register a matter: from the page, the JSON API or another capability. */
public class MatterForm {

    @NotNull(message = "{validation.required}")
    @Schema(description = "Nämndens id (GET /api/v1/boards)", example = "3")
    private Long boardId;

    @NotNull(message = "{validation.required}")
    @Schema(description = "Typ av ärende", example = "REFERRAL")
    private MatterKind kind;

    @NotBlank(message = "{validation.required}")
    @Size(max = TextLimits.TITLE, message = "{validation.tooLong}")
    @Schema(example = "Motion om kommunöverskridande samarbete för skyddade boenden")
    private String title;

    @Size(max = TextLimits.NAME, message = "{validation.tooLong}")
    @Schema(example = "Kommunstyrelsen")
    private String sender;

    @Size(max = TextLimits.REFERENCE, message = "{validation.tooLong}")
    @Schema(description = "Avsändarens diarienummer", example = "KS 2023/769")
    private String senderReference;

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @Schema(description = "Svar senast; krävs för en remiss: från registreringsdagen till högst fem år fram")
    private LocalDate answerDue;

    private boolean confidential;

    @Size(max = TextLimits.TITLE, message = "{validation.tooLong}")
    @Schema(description = "Offentlig rubrik för ett sekretessärende: det som diariet visar i stället för rubriken "
            + "för den som inte har åtkomst (valfri; utan den visas \"Sekretessbelagt ärende\")",
            example = "Rapport enligt lex Sarah")
    private String publicTitle;

    @Size(max = TextLimits.NAME, message = "{validation.tooLong}")
    @Schema(description = "Sekretessgrund; krävs när ärendet omfattas av sekretess", example = "OSL 26 kap. 1 §")
    private String confidentialityGround;

    @Schema(description = "Handläggarens kontoid (valfritt)")
    private Long caseOfficerId;

    public Long getBoardId() { return boardId; }
    public void setBoardId(Long boardId) { this.boardId = boardId; }
    public MatterKind getKind() { return kind; }
    public void setKind(MatterKind kind) { this.kind = kind; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSender() { return sender; }
    public void setSender(String sender) { this.sender = sender; }
    public String getSenderReference() { return senderReference; }
    public void setSenderReference(String senderReference) { this.senderReference = senderReference; }
    public LocalDate getAnswerDue() { return answerDue; }
    public void setAnswerDue(LocalDate answerDue) { this.answerDue = answerDue; }
    public boolean isConfidential() { return confidential; }
    public void setConfidential(boolean confidential) { this.confidential = confidential; }
    public String getPublicTitle() { return publicTitle; }
    public void setPublicTitle(String publicTitle) { this.publicTitle = publicTitle; }
    public String getConfidentialityGround() { return confidentialityGround; }
    public void setConfidentialityGround(String confidentialityGround) { this.confidentialityGround = confidentialityGround; }
    public Long getCaseOfficerId() { return caseOfficerId; }
    public void setCaseOfficerId(Long caseOfficerId) { this.caseOfficerId = caseOfficerId; }
}
