package se.namndflode.meeting;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/**
 * The paragraph the secretary has taken up in the console: what the members' live view shows as the current one
 * (table {@code meeting_current_paragraph}, one row per meeting). Taking up another paragraph replaces it; the
 * last one taken up wins, since it only says where the meeting is.
 */
@Entity
@Table(name = "meeting_current_paragraph")
class CurrentParagraph {

    @Id
    private Long meetingId;

    private Long paragraphId;

    private OffsetDateTime takenUpAt;

    @Version
    private long version;

    protected CurrentParagraph() {
    }

    CurrentParagraph(Long meetingId) {
        this.meetingId = meetingId;
    }

    void takeUp(Long paragraph, OffsetDateTime at) {
        this.paragraphId = paragraph;
        this.takenUpAt = at;
    }

    Long getMeetingId() { return meetingId; }
    Long getParagraphId() { return paragraphId; }
    OffsetDateTime getTakenUpAt() { return takenUpAt; }
    long getVersion() { return version; }
}
