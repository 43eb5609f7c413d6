package se.namndflode.matter;

import java.time.LocalDate;

/**
 * What the process needs to start for a registered matter: its ids, its kind (for the reminder lead time),
 * its answer date (may be null), its case officer's user name (null until a manager assigns one) and the day it
 * was registered (Europe/Stockholm; the start of its timeline).
 */
public record MatterStart(Long matterId, String registryNumber, String municipalityCode, String kind,
        LocalDate answerDue, String caseOfficer, LocalDate registeredOn) {
}
