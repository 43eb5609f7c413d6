package se.namndflode.assignment;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import se.namndflode.shared.web.DomainException;

/**
 * The rules an assignment keeps whatever way it comes in (page, API, import), without the database: each broken
 * rule is a {@link DomainException} naming the form's field and saying what is wrong, in Swedish.
 */
final class AssignmentRules {

    /** Budgets and plans of years outside this range are surely typing mistakes. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private AssignmentRules() {
    }

    /** An assignment ends on or after the day it starts. */
    static void checkDates(LocalDate start, LocalDate end) {
        if (start == null) {
            throw DomainException.invalid("startDate", "assignment.startDate.required");
        }
        if (end == null) {
            throw DomainException.invalid("endDate", "assignment.endDate.required");
        }
        if (end.isBefore(start)) {
            throw DomainException.invalid("endDate", "assignment.endBeforeStart", end, start);
        }
    }

    /**
     * A budget's or a plan's assignment names its year; a board decision's names its matter (diarienummer) or the
     * paragraph of the minutes.
     */
    static void checkSource(Source source, Integer year, String registryNumber, Long paragraphId) {
        if (source == null) {
            throw DomainException.invalid("source", "assignment.source.required");
        }
        if (source.hasYear()) {
            if (year == null) {
                throw DomainException.invalid("sourceYear", "assignment.sourceYear.required");
            }
            if (year < FIRST_YEAR || year > LAST_YEAR) {
                throw DomainException.invalid("sourceYear", "assignment.sourceYear.range", String.valueOf(year),
                        String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR));
            }
        } else if ((registryNumber == null || registryNumber.isBlank()) && paragraphId == null) {
            throw DomainException.invalid("sourceRegistryNumber", "assignment.sourceDecision.required");
        }
    }

    /** A partner named by the form: its name as compared ({@link Body#keyOf}) and as written. */
    record Named(String key, String name) {
    }

    /**
     * No partner is the lead (the named lead, or the board itself when none is named), and none is named twice.
     *
     * @param lead the lead organisation, or the board when the board itself leads
     */
    static void checkPartners(Named lead, List<Named> partners) {
        Set<String> seen = new HashSet<>();
        for (Named partner : partners) {
            if (partner.key().equals(lead.key())) {
                throw DomainException.invalid("partners", "assignment.partner.isLead", partner.name());
            }
            if (!seen.add(partner.key())) {
                throw DomainException.invalid("partners", "assignment.partner.twice", partner.name());
            }
        }
    }

    /** The kind an organisation's name suggests, for a new one whose kind nobody gave. */
    static BodyKind kindOf(String name) {
        String key = Body.keyOf(name);
        if (key.startsWith("ab ") || key.endsWith(" ab")) {
            return BodyKind.COMPANY;
        }
        if (key.startsWith("region ")) {
            return BodyKind.REGION;
        }
        if (key.endsWith("nämnderna")) {
            return BodyKind.BOARD_GROUP;
        }
        if (key.endsWith("nämnden") || key.endsWith("nämnd") || key.equals("kommunstyrelsen")
                || key.equals("kommunfullmäktige")) {
            return BodyKind.BOARD;
        }
        return BodyKind.OTHER;
    }
}
