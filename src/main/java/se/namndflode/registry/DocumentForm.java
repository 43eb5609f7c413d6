package se.namndflode.registry;

import se.namndflode.shared.web.TextLimits;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/**
 * Register a document into a matter, or (with {@code attachTo}) as an attachment to one of its documents. The
 * file is bound here for forms and the multipart API; other callers hand a {@link FileContent} to
 * {@link Registry#registerDocument}.
 */
public class DocumentForm {

    @NotNull(message = "{validation.required}")
    private DocumentType type;

    @NotBlank(message = "{validation.required}")
    @Size(max = TextLimits.TITLE, message = "{validation.tooLong}")
    private String title;

    @NotNull(message = "{validation.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    @Schema(description = "Handlingens datum, från 1900-01-01; en inkommen handlings (dagen den kom in) inte efter "
            + "i dag, andra högst ett år fram")
    private LocalDate date;

    @NotNull(message = "{validation.required}")
    private DocumentDirection direction;

    @Schema(description = "Numret på den handling i ärendet som detta är en bilaga till (t.ex. 3 för -3.1); tomt för en ny handling")
    private Integer attachTo;

    @Schema(description = "PDF, DOCX eller ODT")
    private MultipartFile file;

    public DocumentType getType() { return type; }
    public void setType(DocumentType type) { this.type = type; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date; }
    public DocumentDirection getDirection() { return direction; }
    public void setDirection(DocumentDirection direction) { this.direction = direction; }
    public Integer getAttachTo() { return attachTo; }
    public void setAttachTo(Integer attachTo) { this.attachTo = attachTo; }
    public MultipartFile getFile() { return file; }
    public void setFile(MultipartFile file) { this.file = file; }
}
