package se.namndflode.assignment;

import java.util.List;

/**
 * The documented import file of assignments (docs/assignment-import.md). Scalars of the rows are read as text and
 * checked row by row, so that a bad date or an unknown source refuses its row with a reason instead of making the
 * whole file unreadable.
 *
 * @param municipality the municipality code (Camunda tenant id), e.g. {@code stockholm}
 * @param board the name of the board whose assignments they are (each row may name another of the municipality)
 * @param description free text: where the file comes from
 * @param relationTypes relation types to add (or rename) before the rows are read
 * @param organisations the kinds of organisations the rows name, for those that do not exist yet
 * @param assignments the rows
 */
public record AssignmentImportFile(String municipality, String board, String description,
        List<RelationTypeEntry> relationTypes, List<OrganisationEntry> organisations, List<Row> assignments) {

    public record RelationTypeEntry(String code, String name) {
    }

    /** @param kind a {@link BodyKind} name */
    public record OrganisationEntry(String name, String kind) {
    }

    /** @param relation the relation type's code */
    public record PartnerEntry(String organisation, String relation) {
    }

    /**
     * A status report of the past, given before the assignment came into Nämndflöde: {@code asOf} an ISO date (not
     * before the start, not after today), {@code status} ON_TRACK or DEVIATION (with its {@code text}).
     */
    public record StatusEntry(String asOf, String status, String text) {
    }

    /**
     * One assignment. {@code source}: a {@link Source} name; {@code year}: of the budget or plan; a board decision's
     * {@code registryNumber} and/or {@code paragraphId}; {@code lead}: null for the board itself; {@code start},
     * {@code end}: ISO dates; {@code goal}: a goal number of the plan of {@code goalYear} (default {@code year});
     * {@code responsible}: a user name; {@code reporting}: a {@link Reporting} name (default FOLLOW_UP_REPORT);
     * {@code statusReports}: its follow-up so far.
     */
    public record Row(String reference, String board, String source, String year, String registryNumber,
            String paragraphId, String text, String lead, List<PartnerEntry> partners, String start, String end,
            String goal, String goalYear, String responsible, String reporting, List<StatusEntry> statusReports) {

        /** A row without any field (a {@code null} in the file's list). */
        static final Row EMPTY = new Row(null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }
}
