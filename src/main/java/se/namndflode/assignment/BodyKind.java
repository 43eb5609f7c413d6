package se.namndflode.assignment;

/**
 * What kind of organisation leads or takes part in an assignment: one of the municipality's boards, a group of
 * boards ("stadsdelsnämnderna"), a company (AB Svenska Bostäder), the region, a unit of the administration
 * ("nämndens avdelningar", "alla chefer") or anything else (a kommunalförbund).
 */
public enum BodyKind {
    BOARD, BOARD_GROUP, COMPANY, REGION, UNIT, OTHER;

    public String messageKey() {
        return "assignment.bodyKind." + name();
    }
}
