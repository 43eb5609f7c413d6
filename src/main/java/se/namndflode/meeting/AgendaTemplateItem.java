package se.namndflode.meeting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One standard item of a board's agenda template; {@code closing} items come after the matters. */
@Entity
@Table(name = "board_agenda_item")
class AgendaTemplateItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long boardId;

    @Column(name = "item_position", nullable = false)
    private int position;

    @Column(nullable = false)
    private String title;

    @Column(name = "closing_item", nullable = false)
    private boolean closing;

    @Version
    private long version;

    protected AgendaTemplateItem() {
    }

    AgendaTemplateItem(Long boardId, int position, String title, boolean closing) {
        this.boardId = boardId;
        this.position = position;
        this.title = title;
        this.closing = closing;
    }

    void position(int newPosition) { this.position = newPosition; }

    Long getId() { return id; }
    Long getBoardId() { return boardId; }
    int getPosition() { return position; }
    String getTitle() { return title; }
    boolean isClosing() { return closing; }
}
