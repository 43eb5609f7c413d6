package se.namndflode.registry;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hands out the serial numbers of each series (administration) and year. {@link #next} increments the
 * series' counter row inside the registering transaction: the row lock makes concurrent registrations wait
 * for each other, and a rollback gives the number back, so numbers are never duplicated and never skipped.
 */
@Component
class RegistryCounters {

    private final JdbcTemplate jdbc;

    RegistryCounters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Creates the counter row of a series and year if it does not exist yet, in a transaction of its own (so
     * that the registering transaction never has to insert it). Two nodes doing it at once: one of them gets
     * a unique-key violation, which the caller may ignore since the row then exists.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void createIfMissing(long administrationId, int year) {
        jdbc.update("""
                insert into registry_counter (administration_id, registry_year, last_serial)
                select ?, ?, 0 where not exists (
                    select 1 from registry_counter where administration_id = ? and registry_year = ?)""",
                administrationId, year, administrationId, year);
    }

    /** The next serial of the series and year; the counter row stays locked until the transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int next(long administrationId, int year) {
        int updated = jdbc.update("""
                update registry_counter set last_serial = last_serial + 1
                where administration_id = ? and registry_year = ?""", administrationId, year);
        if (updated != 1) {
            throw new IllegalStateException("No registry counter for administration " + administrationId
                    + " and year " + year);
        }
        return jdbc.queryForObject("""
                select last_serial from registry_counter where administration_id = ? and registry_year = ?""",
                Integer.class, administrationId, year);
    }

    /**
     * Raises the series' counter to at least {@code serial} (a number taken over from an earlier register), so that
     * the next registration gets a number after it; a lower taken-over number leaves it as it is.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void raiseTo(long administrationId, int year, int serial) {
        jdbc.update("""
                update registry_counter set last_serial = ?
                where administration_id = ? and registry_year = ? and last_serial < ?""",
                serial, administrationId, year, serial);
    }
}
