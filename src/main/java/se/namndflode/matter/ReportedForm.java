package se.namndflode.matter;

/** "Anmält för nämnden": a report item was reported at a meeting; a standing matter is reported again. */
public class ReportedForm {

    private boolean reportAgain;

    public boolean isReportAgain() { return reportAgain; }
    public void setReportAgain(boolean reportAgain) { this.reportAgain = reportAgain; }
}
