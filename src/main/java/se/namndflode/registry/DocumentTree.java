package se.namndflode.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A matter's documents with each one's attachments under it, as pages and the API show them.
 *
 * <p>An attachment whose document is not in the register (a taken-over register may number SOF 2023/409-1.1
 * without a 1) is an <em>orphan</em>: it stands at the top level under its own number, with no attachments, rather
 * than under an invented placeholder, so the list never shows a document the register does not hold.
 */
record DocumentTree(Document document, List<Document> attachments) {

    private static final Comparator<Document> NUMBER_ORDER = Comparator.comparingInt(Document::getDocumentNumber)
            .thenComparingInt(Document::getAttachmentNumber);

    /** The document followed by its attachments: the rows of a table. */
    public List<Document> rows() {
        List<Document> rows = new ArrayList<>(attachments.size() + 1);
        rows.add(document);
        rows.addAll(attachments);
        return rows;
    }

    /** An attachment shown on its own because its document is missing; nothing can be attached to it. */
    public boolean orphan() {
        return document.isAttachment();
    }

    /**
     * @param documents the matter's documents in any order (sorted here by document, then attachment number)
     * @return one tree per document in number order; an orphan attachment is a tree of its own at its number
     */
    static List<DocumentTree> of(List<Document> documents) {
        Map<Integer, DocumentTree> byNumber = new LinkedHashMap<>();
        List<DocumentTree> trees = new ArrayList<>();
        for (Document document : documents.stream().sorted(NUMBER_ORDER).toList()) {
            DocumentTree parent = byNumber.get(document.getDocumentNumber());
            if (document.isAttachment() && parent != null) {
                parent.attachments().add(document);
                continue;
            }
            DocumentTree tree = new DocumentTree(document, new ArrayList<>());
            if (!document.isAttachment()) {
                byNumber.put(document.getDocumentNumber(), tree);
            }
            trees.add(tree);
        }
        return List.copyOf(trees);
    }
}
