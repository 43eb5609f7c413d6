package se.namndflode.registry;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DocumentRepository extends JpaRepository<Document, Long> {

    List<Document> findByMatterOrderByDocumentNumberAscAttachmentNumberAsc(Matter matter);

    Optional<Document> findByMatterAndDocumentNumberAndAttachmentNumber(Matter matter, int documentNumber,
            int attachmentNumber);

    @Query("select coalesce(max(d.documentNumber), 0) from Document d where d.matter = :matter")
    int lastDocumentNumber(@Param("matter") Matter matter);

    @Query("""
            select coalesce(max(d.attachmentNumber), 0) from Document d
            where d.matter = :matter and d.documentNumber = :documentNumber""")
    int lastAttachmentNumber(@Param("matter") Matter matter, @Param("documentNumber") int documentNumber);
}
