package se.namndflode.meeting;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.List;

/**
 * The recorded attendance facts of one meeting (V22): arrivals and departures, jäv and substitutions. Its version
 * is what an attendance change carries; {@link Attendance} derives the serving lists from it.
 */
@Entity
@Table(name = "meeting_attendance")
class AttendanceSheet {

    @Id
    private Long meetingId;

    @ElementCollection
    @CollectionTable(name = "meeting_attendance_change", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "ordinal")
    private List<AttendanceChange> changes = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_recusal", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "ordinal")
    private List<Recusal> recusals = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_substitution", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "ordinal")
    private List<Substitution> substitutions = new ArrayList<>();

    @Version
    private long version;

    protected AttendanceSheet() {
    }

    AttendanceSheet(Long meetingId) {
        this.meetingId = meetingId;
    }

    /** Keeps the facts of the attendance, which its rules have accepted. */
    void record(Attendance attendance) {
        replace(changes, attendance.changes());
        replace(recusals, attendance.recusals());
        replace(substitutions, attendance.substitutions());
    }

    private static <T> void replace(List<T> stored, List<T> facts) {
        if (!stored.equals(facts)) {
            stored.clear();
            stored.addAll(facts);
        }
    }

    Long getMeetingId() { return meetingId; }
    List<AttendanceChange> getChanges() { return List.copyOf(changes); }
    List<Recusal> getRecusals() { return List.copyOf(recusals); }
    List<Substitution> getSubstitutions() { return List.copyOf(substitutions); }
    long getVersion() { return version; }
}
