package se.namndflode.registry;

import java.sql.Connection;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;
import se.namndflode.shared.db.CodedMigration;

/**
 * Flyway migration V92: the search texts of the matters registered before V91 added their columns, computed as the
 * registry computes them at each registration ({@link MatterSearchIndex#fillMissing}, 1 000 matters per round);
 * then, on PostgreSQL with {@code pg_trgm} (as V77 finds or creates it), their trigram indexes, which serve the
 * search's LIKE '%...%' patterns, in place of V77's five indexes of single columns, which no query reads any more.
 * In Java because the texts are normalised as the search's patterns are (Unicode NFC, white space, Swedish lower
 * case), which no SQL function does alike on H2 and PostgreSQL, and because the indexes depend on the database.
 * Spring Boot hands every {@link JavaMigration} bean to Flyway (as {@link TrigramSearchMigration}).
 */
@Component
class SearchTextMigration extends CodedMigration {

    /**
     * Without GIN's "fast update": otherwise new entries wait in a pending list of up to 4 MB, which every search
     * reads through until a vacuum (or autovacuum's analyze) merges it; measured at 100 000 matters with autovacuum
     * off, that made a search for a rare word 5-10 ms slower and moved the planner off the index for a common one
     * (docs/performance.md). Matters are registered at the pace of people, so writing each one into the index at
     * once costs nothing that counts.
     */
    static final String[] INDEXES = {
        "create index if not exists ix_matter_search_text_trgm on matter using gin (search_text gin_trgm_ops)"
                + " with (fastupdate = off)",
        // Only confidential matters have this text: a small index, read for a search only where it may count.
        "create index if not exists ix_matter_search_text_confidential_trgm on matter"
                + " using gin (search_text_confidential gin_trgm_ops) with (fastupdate = off)"
                + " where search_text_confidential is not null",
        "drop index if exists ix_matter_title_trgm",
        "drop index if exists ix_matter_public_title_trgm",
        "drop index if exists ix_matter_sender_trgm",
        "drop index if exists ix_matter_sender_ref_trgm",
        "drop index if exists ix_document_title_trgm",
    };

    SearchTextMigration() {
        super("92", "matter search texts", 92_001);
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        MatterSearchIndex.fillMissing(connection);
        TrigramSearchMigration.withTrigrams(connection, INDEXES);
    }
}
