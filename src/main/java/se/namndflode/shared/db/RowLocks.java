package se.namndflode.shared.db;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;

/**
 * Locks one row until the transaction ends, for a person's change checked against the version they saw: a change at
 * the same moment from the same version waits here for the other to commit, then reads the version moved on and is
 * refused with what stands now (409 {@code concurrent-change}) instead of meeting the other in JPA's or the engine's
 * optimistic lock with nothing to tell.
 *
 * <p>The row alone, by SQL: Hibernate's lock of an entity (with its joins and collections) reads it first and locks
 * after on PostgreSQL, and would then fail on the other's version instead of waiting to read it. On PostgreSQL the
 * lock is {@code for no key update}: it keeps out another change of the row but not the foreign-key check of an
 * insert that refers to it (a {@code for update} lock would make such an insert in another transaction wait, e.g.
 * the minutes of a meeting while the meeting is locked). H2 knows only {@code for update}.
 */
@Component
public class RowLocks {

    private final EntityManager entities;
    private final DatabaseKind database;

    RowLocks(EntityManager entities, DatabaseKind database) {
        this.entities = entities;
        this.database = database;
    }

    /**
     * Locks the row of {@code table} with this {@code id} (a table name of the caller's own, never user input).
     *
     * @throws jakarta.persistence.NoResultException when there is no such row
     */
    public void lock(String table, Object id) {
        entities.createNativeQuery("select id from " + table + " where id = ?1 " + clause())
                .setParameter(1, id).getSingleResult();
    }

    /** Locks the entity's row ({@link #lock}) and reads the entity afresh under the lock; returns it. */
    public <T> T lockAndRefresh(T entity, String table, Object id) {
        lock(table, id);
        entities.refresh(entity);
        return entity;
    }

    private String clause() {
        return database.postgres() ? "for no key update" : "for update";
    }
}
