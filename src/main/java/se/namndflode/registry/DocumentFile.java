package se.namndflode.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** The bytes of a document's file, kept apart from its facts so that lists never load them. */
@Entity
class DocumentFile {

    @Id
    private Long documentId;

    @Column(nullable = false)
    private byte[] content;

    protected DocumentFile() {
    }

    DocumentFile(Long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    byte[] getContent() {
        return content;
    }
}
