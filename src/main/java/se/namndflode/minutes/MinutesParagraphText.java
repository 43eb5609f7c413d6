package se.namndflode.minutes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A paragraph's Sammanfattning as the secretary wrote it for one minutes version (V51). */
@Entity
@Table(name = "minutes_paragraph_text")
class MinutesParagraphText {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long minutesId;

    @Column(nullable = false)
    private Long paragraphId;

    @Column(nullable = false)
    private String summary;

    @Version
    @Column(name = "lock_version")
    private long lockVersion;

    protected MinutesParagraphText() {
    }

    MinutesParagraphText(Long minutesId, Long paragraphId, String summary) {
        this.minutesId = minutesId;
        this.paragraphId = paragraphId;
        this.summary = summary;
    }

    void summary(String text) { this.summary = text; }

    Long getMinutesId() { return minutesId; }
    Long getParagraphId() { return paragraphId; }
    String getSummary() { return summary; }
    long getLockVersion() { return lockVersion; }
}
