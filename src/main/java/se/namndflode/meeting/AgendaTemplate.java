package se.namndflode.meeting;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.organisation.Board;
import se.namndflode.organisation.Organisation;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.db.RowLocks;
import se.namndflode.shared.web.DomainException;
import se.namndflode.shared.web.TextLimits;

/**
 * The standard items that open and close a board's agenda (primer 3.1, the seed protocol 12/2023), copied into
 * every meeting the board plans: the approval of the agenda, the justerare, information and members' questions
 * before the matters; the items for information and Övrigt after them ({@code closing}). A board without a
 * template of its own has {@link #DEFAULT}; its first change stores the defaults as its own first. Changes are
 * audited under the board (entity type {@code Board}); the board is reached through {@link Organisation}, so a
 * board of another municipality is "not found". Every change carries the template's {@link #version} as the secretary
 * saw it: without it 400 {@code version-required}; stale (another secretary changed the template meanwhile), 409
 * {@code concurrent-change}; nothing is changed.
 */
@Component
@Transactional
class AgendaTemplate {

    /** One standard item; {@code closing} items come after the matters. {@code id} is null for a default. */
    record Item(Long id, String title, boolean closing) {
    }

    /** The items every board starts with. */
    static final List<Item> DEFAULT = List.of(
            new Item(null, "Godkännande av dagordningen", false),
            new Item(null, "Val av justerare och tid för justering", false),
            new Item(null, "Information", false),
            new Item(null, "Ledamöternas frågor", false),
            new Item(null, "Anmälningsärenden", true),
            new Item(null, "Delegationsbeslut", true),
            new Item(null, "Övrigt", true));

    private final AgendaTemplateRepository items;
    private final Organisation organisation;
    private final AuditLog audit;
    private final RowLocks rows;
    private final JdbcTemplate jdbc;

    AgendaTemplate(AgendaTemplateRepository items, Organisation organisation, AuditLog audit, RowLocks rows,
            JdbcTemplate jdbc) {
        this.items = items;
        this.organisation = organisation;
        this.audit = audit;
        this.rows = rows;
        this.jdbc = jdbc;
    }

    /** The version of the board's template as a whole: 0 until its first change, one more with each change. */
    @Transactional(readOnly = true)
    long version(Long boardId) {
        return stored(organisation.board(boardId).getId());
    }

    /** The board's standard items in order: its own, or the defaults. */
    @Transactional(readOnly = true)
    List<Item> items(Long boardId) {
        Board board = organisation.board(boardId);
        List<AgendaTemplateItem> own = items.findByBoardIdOrderByPositionAsc(board.getId());
        return own.isEmpty() ? DEFAULT
                : own.stream().map(item -> new Item(item.getId(), item.getTitle(), item.isClosing())).toList();
    }

    /** Adds a standard item at the end of the opening items, or (closing) at the very end. */
    Item add(Long boardId, Long version, String title, boolean closing) {
        Board board = changing(boardId, version);
        String text = title == null ? null : title.trim();
        if (text == null || text.isEmpty()) {
            throw DomainException.invalid("title", "validation.required");
        }
        TextLimits.requireAtMost(text, TextLimits.TITLE, "title");
        List<AgendaTemplateItem> own = own(board);
        int index = closing ? own.size() : (int) own.stream().filter(item -> !item.isClosing()).count();
        AgendaTemplateItem added = items.save(new AgendaTemplateItem(board.getId(), index + 1, text, closing));
        own.add(index, added);
        renumber(own);
        changed(board);
        audit.record("AGENDA_TEMPLATE_CHANGED", "Board", board.getId(), board.getMunicipality().getCode(),
                "Stående punkt tillagd i föredragningslistans mall: " + text, null);
        return new Item(added.getId(), text, closing);
    }

    /** Removes the item at {@code position} (1-based, as {@link #items} lists them). */
    void remove(Long boardId, Long version, int position) {
        Board board = changing(boardId, version);
        List<AgendaTemplateItem> own = own(board);
        AgendaTemplateItem item = find(own, position);
        own.remove(item);
        items.delete(item);
        renumber(own);
        changed(board);
        audit.record("AGENDA_TEMPLATE_CHANGED", "Board", board.getId(), board.getMunicipality().getCode(),
                "Stående punkt borttagen ur föredragningslistans mall: " + item.getTitle(), null);
    }

    /**
     * Moves the item at {@code position} (1-based) one place up ({@code by < 0}) or down ({@code by > 0}) within
     * its part (opening or closing items); at the end of its part it stays.
     */
    void move(Long boardId, Long version, int position, int by) {
        Board board = changing(boardId, version);
        List<AgendaTemplateItem> own = own(board);
        AgendaTemplateItem item = find(own, position);
        int from = own.indexOf(item);
        int to = from + Integer.signum(by);
        if (to < 0 || to >= own.size() || own.get(to).isClosing() != item.isClosing()) {
            return;
        }
        own.remove(from);
        own.add(to, item);
        renumber(own);
        changed(board);
        audit.record("AGENDA_TEMPLATE_CHANGED", "Board", board.getId(), board.getMunicipality().getCode(),
                "Föredragningslistans mall ändrad: " + item.getTitle() + " till plats " + (to + 1), null);
    }

    /**
     * The board whose template a secretary changes, only if the template is still as they saw it ({@code seen}, its
     * {@link #version} on their page). The board's row is locked until the transaction ends (the template has no row
     * of its own before its first change), so that a change at the same moment from the same version waits for the
     * other to commit and is then refused here.
     *
     * @throws DomainException "not found" for a board of another municipality; 400 {@code version-required} without
     *         a version; 409 {@code concurrent-change} ({@code meeting.template.changedMeanwhile}) when the template
     *         changed since
     */
    private Board changing(Long boardId, Long seen) {
        Board board = organisation.board(boardId);
        if (seen == null) {
            throw DomainException.versionRequired();
        }
        rows.lock("board", board.getId());
        long now = stored(board.getId());
        if (seen != now) {
            throw DomainException.changedMeanwhile("meeting.template.changedMeanwhile", board.getName())
                    .withProperty("current", new Template(now, items(board.getId())));
        }
        return board;
    }

    /** The template as it stands: its version and its items in order. */
    record Template(long version, List<Item> items) {
    }

    /** The template's version moves on with a change (under the board's lock: no two insert its first row). */
    private void changed(Board board) {
        if (jdbc.update("update board_agenda_template set version = version + 1 where board_id = ?",
                board.getId()) == 0) {
            jdbc.update("insert into board_agenda_template (board_id, version) values (?, 1)", board.getId());
        }
    }

    private long stored(Long boardId) {
        return jdbc.query("select version from board_agenda_template where board_id = ?",
                (result, row) -> result.getLong(1), boardId).stream().findFirst().orElse(0L);
    }

    /** The board's own items, the defaults stored first if it has none, the ids given by the defaults' titles. */
    private List<AgendaTemplateItem> own(Board board) {
        List<AgendaTemplateItem> own = new ArrayList<>(items.findByBoardIdOrderByPositionAsc(board.getId()));
        if (own.isEmpty()) {
            int position = 1;
            for (Item item : DEFAULT) {
                own.add(items.save(new AgendaTemplateItem(board.getId(), position++, item.title(), item.closing())));
            }
        }
        return own;
    }

    private static AgendaTemplateItem find(List<AgendaTemplateItem> own, int position) {
        if (position < 1 || position > own.size()) {
            throw DomainException.notFound("notFound.templateItem");
        }
        return own.get(position - 1);
    }

    private static void renumber(List<AgendaTemplateItem> own) {
        for (int i = 0; i < own.size(); i++) {
            if (own.get(i).getPosition() != i + 1) {
                own.get(i).position(i + 1);
            }
        }
    }
}
