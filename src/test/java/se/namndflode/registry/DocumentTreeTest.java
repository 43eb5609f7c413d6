package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The documents of a matter as a tree. A taken-over register may hold an attachment without its document (the seed
 * numbers SOF 2023/409-1.1 with no 1): it stands on its own at the top level under its own number, never under an
 * invented placeholder; the input's order does not matter.
 */
class DocumentTreeTest {

    private static final Matter MATTER = new Matter();

    private static Document document(int number, int attachment) {
        return new Document(MATTER, number, attachment, DocumentType.OTHER, "Handling " + number + "." + attachment,
                LocalDate.of(2023, 8, 1), DocumentDirection.IN, "fil.pdf", AllowedFileType.PDF, 1,
                OffsetDateTime.parse("2023-08-01T10:00:00+02:00"), "registrator");
    }

    private static List<String> shape(List<DocumentTree> trees) {
        return trees.stream().map(tree -> tree.document().getDocumentNumber() + "." + tree.document()
                .getAttachmentNumber() + tree.attachments().stream().map(a -> a.getDocumentNumber() + "."
                        + a.getAttachmentNumber()).toList() + (tree.orphan() ? " orphan" : "")).toList();
    }

    @Test
    void anAttachmentWithoutItsDocumentStandsAtTheTopLevelUnderItsOwnNumber() {
        List<DocumentTree> trees = DocumentTree.of(List.of(document(1, 1), document(3, 0)));
        assertThat(shape(trees)).containsExactly("1.1[] orphan", "3.0[]");
        assertThat(trees.get(0).rows()).extracting(Document::getAttachmentNumber).containsExactly(1);
    }

    @Test
    void attachmentsGoUnderTheirDocumentWhateverTheOrderTheyComeIn() {
        List<DocumentTree> trees = DocumentTree.of(List.of(document(2, 2), document(3, 0), document(2, 1),
                document(2, 0), document(4, 1)));
        assertThat(shape(trees)).containsExactly("2.0[2.1, 2.2]", "3.0[]", "4.1[] orphan");
    }
}
