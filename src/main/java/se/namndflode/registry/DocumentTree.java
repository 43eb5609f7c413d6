package se.namndflode.registry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A matter's documents with each one's attachments under it, as pages and the API show them. */
record DocumentTree(Document document, List<Document> attachments) {

    /** The document followed by its attachments: the rows of a table. */
    public List<Document> rows() {
        List<Document> rows = new ArrayList<>(attachments.size() + 1);
        rows.add(document);
        rows.addAll(attachments);
        return rows;
    }

    /** @param documents in number order, as {@link Registry#documents} gives them */
    static List<DocumentTree> of(List<Document> documents) {
        Map<Integer, DocumentTree> byNumber = new LinkedHashMap<>();
        for (Document document : documents) {
            if (document.isAttachment()) {
                byNumber.get(document.getDocumentNumber()).attachments().add(document);
            } else {
                byNumber.put(document.getDocumentNumber(), new DocumentTree(document, new ArrayList<>()));
            }
        }
        return List.copyOf(byNumber.values());
    }
}
