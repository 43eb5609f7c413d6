package se.namndflode.matter;

/** The parts of a tjänsteutlåtande's heading that come from the matter and the organisation. */
public record StaffReportHeading(String registryNumber, String boardName, String administration,
        String caseOfficerName, String municipalityCode) {
}
