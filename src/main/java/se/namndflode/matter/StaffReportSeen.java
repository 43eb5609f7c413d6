package se.namndflode.matter;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.OffsetDateTime;

/** The version of a matter's tjänsteutlåtande a reviewer last looked at while it was under review. */
@Entity
class StaffReportSeen {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long matterId;
    private String username;
    private int versionNumber;
    private OffsetDateTime seenAt;

    protected StaffReportSeen() {
    }

    StaffReportSeen(Long matterId, String username, int versionNumber, OffsetDateTime seenAt) {
        this.matterId = matterId;
        this.username = username;
        this.versionNumber = versionNumber;
        this.seenAt = seenAt;
    }

    /** Only ever forward: looking at an older version's page again does not make the newer one unseen. */
    void saw(int number, OffsetDateTime at) {
        if (number > versionNumber) {
            versionNumber = number;
            seenAt = at;
        }
    }

    int getVersionNumber() { return versionNumber; }
}
