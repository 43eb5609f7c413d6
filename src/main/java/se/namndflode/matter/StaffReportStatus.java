package se.namndflode.matter;

/** Where a tjänsteutlåtande stands: being written, with the manager, or approved for the board (frozen). */
public enum StaffReportStatus {
    DRAFT,
    SUBMITTED,
    APPROVED;

    public String messageKey() {
        return "staffReport.status." + name();
    }
}
