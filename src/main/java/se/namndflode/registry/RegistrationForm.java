package se.namndflode.registry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;
import se.namndflode.shared.web.TextLimits;

/**
 * The registrar's one form: a matter and the first document that came in with it (the remiss, the letter), its
 * file, the day it came in (inkommen datum) and, if it should differ from the matter's, its type and title. The
 * sender and the sender's reference are the matter's. Without a file and a title of its own the matter is
 * registered alone.
 */
public class RegistrationForm extends MatterForm {

    @Valid
    private FirstDocument document = new FirstDocument();

    /** The first document; {@code type} and {@code title} may be left empty (then the matter's kind and title). */
    public static class FirstDocument {

        private DocumentType type;

        @Size(max = TextLimits.TITLE, message = "{validation.tooLong}")
        private String title;

        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;

        private MultipartFile file;

        public DocumentType getType() { return type; }
        public void setType(DocumentType type) { this.type = type; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public LocalDate getDate() { return date; }
        public void setDate(LocalDate date) { this.date = date; }
        public MultipartFile getFile() { return file; }
        public void setFile(MultipartFile file) { this.file = file; }
    }

    public FirstDocument getDocument() { return document; }
    public void setDocument(FirstDocument document) { this.document = document; }

    /** Whether a first document is given: a file chosen, or a title of its own typed (then the file is missing). */
    boolean hasDocument() {
        return document.file != null && !document.file.isEmpty()
                || document.title != null && !document.title.isBlank();
    }

    /**
     * The first document as the registry registers it: incoming, dated the day it came in; without a type of its
     * own, the type that matches the matter's kind (a remiss is a remiss, a skrivelse a skrivelse, else a letter);
     * without a title of its own, the matter's.
     */
    DocumentForm firstDocument() {
        DocumentForm form = new DocumentForm();
        form.setDirection(DocumentDirection.IN);
        form.setDate(document.date);
        form.setType(document.type != null ? document.type : typeFor(getKind()));
        form.setTitle(document.title == null || document.title.isBlank() ? getTitle() : document.title);
        return form;
    }

    static DocumentType typeFor(MatterKind kind) {
        if (kind == MatterKind.REFERRAL) {
            return DocumentType.REFERRAL;
        }
        return kind == MatterKind.INQUIRY ? DocumentType.INQUIRY : DocumentType.LETTER;
    }
}
