package se.namndflode.meeting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.springframework.format.annotation.DateTimeFormat;
import se.namndflode.shared.web.TextLimits;

/** The forms of the meeting pages; the domain ({@link Meetings}) checks the rest, next to the field concerned. */
final class MeetingForms {

    private MeetingForms() {
    }

    /** Planera sammanträde. */
    static class PlanForm {

        @NotNull(message = "{validation.required}")
        private Long boardId;

        @NotNull(message = "{validation.required}")
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate day;

        @NotNull(message = "{validation.required}")
        @DateTimeFormat(pattern = "HH:mm")
        private LocalTime startsAt;

        @NotBlank(message = "{validation.required}")
        @Size(max = TextLimits.NAME, message = "{validation.tooLong}")
        private String place;

        public Long getBoardId() { return boardId; }
        public void setBoardId(Long boardId) { this.boardId = boardId; }
        public LocalDate getDay() { return day; }
        public void setDay(LocalDate day) { this.day = day; }
        public LocalTime getStartsAt() { return startsAt; }
        public void setStartsAt(LocalTime startsAt) { this.startsAt = startsAt; }
        public String getPlace() { return place; }
        public void setPlace(String place) { this.place = place; }
    }

    /** A standing item of the secretary's own on the agenda, or in the board's template. */
    static class ItemForm {

        @NotBlank(message = "{validation.required}")
        @Size(max = TextLimits.TITLE, message = "{validation.tooLong}")
        private String title;

        /** In the template: an item after the matters (Övrigt). */
        private boolean closing;

        /** The meeting's (or the template's) version as the secretary saw it. */
        private Long version;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public boolean isClosing() { return closing; }
        public void setClosing(boolean closing) { this.closing = closing; }
    }

    /** The time and place of justering. */
    static class JusteringForm {

        @NotNull(message = "{validation.required}")
        @DateTimeFormat(pattern = "yyyy-MM-dd'T'HH:mm")
        private LocalDateTime justeringAt;

        @NotBlank(message = "{validation.required}")
        @Size(max = TextLimits.NAME, message = "{validation.tooLong}")
        private String justeringPlace;

        /** The meeting's version as the secretary saw it. */
        private Long version;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public LocalDateTime getJusteringAt() { return justeringAt; }
        public void setJusteringAt(LocalDateTime justeringAt) { this.justeringAt = justeringAt; }
        public String getJusteringPlace() { return justeringPlace; }
        public void setJusteringPlace(String justeringPlace) { this.justeringPlace = justeringPlace; }
    }

    /** The public title of a confidential matter on the agenda. */
    static class PublicTitleForm {

        private Long paragraphId;

        @NotBlank(message = "{validation.required}")
        @Size(max = TextLimits.TITLE, message = "{validation.tooLong}")
        private String publicTitle;

        /** The meeting's version as the secretary saw it. */
        private Long version;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public Long getParagraphId() { return paragraphId; }
        public void setParagraphId(Long paragraphId) { this.paragraphId = paragraphId; }
        public String getPublicTitle() { return publicTitle; }
        public void setPublicTitle(String publicTitle) { this.publicTitle = publicTitle; }
    }
}
