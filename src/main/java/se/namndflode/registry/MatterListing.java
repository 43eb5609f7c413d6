package se.namndflode.registry;

import java.time.LocalDate;

/**
 * A row of the matter list ({@code /arenden}): the register entry as the user sees it ({@link MatterEntry}) with
 * where the matter's work stands. Of a restricted entry ({@link MatterEntry#restricted()}) none of the work is given:
 * {@code step}, {@code caseOfficer} and {@code answerDue} are null and the flags false.
 *
 * @param entry the register entry
 * @param step the step the matter waits in (its open task's definition key, {@code ReviewStaffReport}), or null
 * @param caseOfficer the case officer's name, or null
 * @param answerDue the answer date (as its process keeps it), or null
 * @param overdue open and past the answer date
 * @param atRisk open, not overdue, and reminded or due within {@link #AT_RISK_DAYS} days
 */
public record MatterListing(MatterEntry entry, String step, String caseOfficer, LocalDate answerDue, boolean overdue,
        boolean atRisk) {

    /** How many days ahead an answer date puts an open matter at risk. */
    public static final int AT_RISK_DAYS = 7;

    /**
     * The most matters the list counts exactly: a list's total above it is given as {@code COUNT_CAP + 1}, shown
     * as "more than 2 000" (counting a whole register on every page would cost more than the page).
     */
    public static final int COUNT_CAP = 2000;
}
