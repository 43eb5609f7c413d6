package se.namndflode.matter;

import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** "Protokollet är justerat": the day the approval was announced on the notice board (empty: today). */
public class MinutesApprovedForm {

    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate noticeDay;

    public LocalDate getNoticeDay() { return noticeDay; }
    public void setNoticeDay(LocalDate noticeDay) { this.noticeDay = noticeDay; }
}
