package se.namndflode.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The matters' search texts (columns {@code search_text} and {@code search_text_confidential}, migration V91), which
 * {@link MatterListQuery} searches with one LIKE pattern each: what anyone of a matter's municipality may find it by,
 * and what only those entitled to a confidential matter may (see {@link Texts#of}). Written from the matter's row and
 * its documents' titles in the transaction that registers the matter or one of its documents ({@link #refresh}), and
 * for matters without them (those registered before V91, or written to the table by other means) by
 * {@link #fillMissing}, which migration V92 runs: the same computation both ways, so that a search finds the same
 * whichever way the text was written.
 */
@Repository
class MatterSearchIndex {

    /**
     * The longest a search text gets (its column's length): a matter's last documents' titles beyond it are left out
     * of it (some two thousand documents with titles of the longest).
     */
    static final int MAX_LENGTH = 1_000_000;

    /** Matters filled per round of {@link #fillMissing} (a round reads them and their documents, then writes them). */
    static final int ROUND = 1000;

    private final DataSource dataSource;

    MatterSearchIndex(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * A matter's two search texts, each its parts normalised ({@link SearchText#normalise}) on lines of their own, or
     * null when it has no part: {@code open}, what anyone of its municipality may find it by; {@code confidential},
     * what only those entitled to it may (null for a matter that is not confidential).
     */
    record Texts(String open, String confidential) {

        /**
         * A matter that is not confidential is found by its title, sender, sender's reference and documents' titles
         * by anyone of its municipality; a confidential one only by its public title (what the register shows of
         * it, OSL 5 kap.), and by the rest only by those entitled to it.
         */
        static Texts of(String title, String publicTitle, String sender, String senderReference,
                boolean confidential, List<String> documentTitles) {
            String secretOrNot = joined(Stream.concat(Stream.of(title, sender, senderReference),
                    documentTitles.stream()));
            return confidential ? new Texts(joined(Stream.of(publicTitle)), secretOrNot) : new Texts(secretOrNot, null);
        }

        private static String joined(Stream<String> parts) {
            String text = parts.map(SearchText::normalise).filter(Objects::nonNull).filter(part -> !part.isEmpty())
                    .collect(Collectors.joining("\n"));
            if (text.length() > MAX_LENGTH) {
                text = text.substring(0, text.lastIndexOf('\n', MAX_LENGTH));
            }
            return text.isEmpty() ? null : text;
        }
    }

    /**
     * Writes the matter's search texts from its row and its documents, in the caller's transaction: after its
     * registration, and after each document's while the matter's row is locked (so that two documents registered
     * at once each see the other's title once they may write).
     */
    void refresh(long matterId) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            write(connection, read(connection, "m.id = ?", matterId));
        } catch (SQLException failed) {
            throw new IllegalStateException("Could not write the search text of matter " + matterId, failed);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /**
     * Writes the search texts of every matter that has neither (all of them when migration V92 runs), {@value #ROUND}
     * at a time in the order of their ids, on the given connection and in its transaction; answers how many.
     */
    static int fillMissing(Connection connection) throws SQLException {
        int filled = 0;
        long after = 0;
        while (true) {
            Map<Long, Texts> round = read(connection, "m.id > ? and m.search_text is null"
                    + " and m.search_text_confidential is null order by m.id fetch first " + ROUND + " rows only",
                    after);
            if (round.isEmpty()) {
                return filled;
            }
            write(connection, round);
            filled += round.size();
            after = round.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        }
    }

    /** The search texts of the matters the condition on {@code m} selects (one parameter, a long), by id. */
    private static Map<Long, Texts> read(Connection connection, String condition, long parameter)
            throws SQLException {
        record Row(String title, String publicTitle, String sender, String reference, boolean confidential) {
        }
        Map<Long, Row> rows = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement("select m.id, m.title, m.public_title,"
                + " m.sender, m.sender_reference, m.confidential from matter m where " + condition)) {
            select.setLong(1, parameter);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getLong(1), new Row(rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getBoolean(6)));
                }
            }
        }
        if (rows.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<String>> documents = new LinkedHashMap<>();
        long first = rows.keySet().iterator().next();
        long last = rows.keySet().stream().mapToLong(Long::longValue).max().orElseThrow();
        // In the order they were registered: the ids of a round's matters lie between its first and last.
        try (PreparedStatement select = connection.prepareStatement("select matter_id, title from document"
                + " where matter_id between ? and ? order by matter_id, id")) {
            select.setLong(1, first);
            select.setLong(2, last);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    documents.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(rs.getString(2));
                }
            }
        }
        Map<Long, Texts> texts = new LinkedHashMap<>();
        rows.forEach((id, row) -> texts.put(id, Texts.of(row.title(), row.publicTitle(), row.sender(),
                row.reference(), row.confidential(), documents.getOrDefault(id, List.of()))));
        return texts;
    }

    private static void write(Connection connection, Map<Long, Texts> texts) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "update matter set search_text = ?, search_text_confidential = ? where id = ?")) {
            for (Map.Entry<Long, Texts> text : texts.entrySet()) {
                update.setString(1, text.getValue().open());
                update.setString(2, text.getValue().confidential());
                update.setLong(3, text.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
