package se.namndflode.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A registered document (handling) of a matter, or an attachment (bilaga) to one. Its file is stored apart. */
@Entity
public class Document {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    private Matter matter;

    @Column(name = "document_number", nullable = false)
    private int documentNumber;

    /** 0 for the document itself, 1, 2, ... for its attachments. */
    @Column(name = "attachment_number", nullable = false)
    private int attachmentNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false)
    private DocumentType type;

    @Column(nullable = false)
    private String title;

    @Column(name = "document_date", nullable = false)
    private LocalDate date;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DocumentDirection direction;

    @Column(nullable = false)
    private String fileName;

    @Column(nullable = false)
    private String contentType;

    @Column(nullable = false)
    private long fileSize;

    @Column(nullable = false)
    private OffsetDateTime registeredAt;

    @Column(nullable = false)
    private String registeredBy;

    @Version
    private long version;

    protected Document() {
    }

    Document(Matter matter, int documentNumber, int attachmentNumber, DocumentType type, String title,
            LocalDate date, DocumentDirection direction, String fileName, AllowedFileType fileType, long fileSize,
            OffsetDateTime registeredAt, String registeredBy) {
        this.matter = matter;
        this.documentNumber = documentNumber;
        this.attachmentNumber = attachmentNumber;
        this.type = type;
        this.title = title;
        this.date = date;
        this.direction = direction;
        this.fileName = fileName;
        this.contentType = fileType.contentType();
        this.fileSize = fileSize;
        this.registeredAt = registeredAt;
        this.registeredBy = registeredBy;
    }

    public DocumentNumber getNumber() {
        return new DocumentNumber(matter.getRegistryNumber(), documentNumber, attachmentNumber);
    }

    public boolean isAttachment() {
        return attachmentNumber > 0;
    }

    public Long getId() { return id; }
    public Matter getMatter() { return matter; }
    public int getDocumentNumber() { return documentNumber; }
    public int getAttachmentNumber() { return attachmentNumber; }
    public DocumentType getType() { return type; }
    public String getTitle() { return title; }
    public LocalDate getDate() { return date; }
    public DocumentDirection getDirection() { return direction; }
    public String getFileName() { return fileName; }
    public String getContentType() { return contentType; }
    public long getFileSize() { return fileSize; }
    public OffsetDateTime getRegisteredAt() { return registeredAt; }
    public String getRegisteredBy() { return registeredBy; }
    public long getVersion() { return version; }
}
