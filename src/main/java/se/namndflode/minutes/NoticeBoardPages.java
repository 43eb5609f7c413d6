package se.namndflode.minutes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.HtmlUtils;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * The public digital anslagstavla (no login; permitted in the security configuration): {@code /anslagstavla} with
 * the notices up now and an archive of earlier ones, each notice's page, and the same as Atom
 * ({@code /anslagstavla.atom}); the JSON feed is {@link NoticeFeedApi}'s. Only what a
 * notice publishes is shown; a confidential matter's paragraph appears by its public title.
 */
@Controller
class NoticeBoardPages {

    static final int ARCHIVE_PAGE = 20;
    static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");
    static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

    private final NoticeBoard board;
    private final MinutesDocuments documents;
    private final Clock clock;

    NoticeBoardPages(NoticeBoard board, MinutesDocuments documents, Clock clock) {
        this.board = board;
        this.documents = documents;
        this.clock = clock;
    }

    @GetMapping("/anslagstavla")
    String noticeBoard(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("current", board.current());
        model.addAttribute("archive", board.archive(page, ARCHIVE_PAGE));
        return "minutes/noticeboard";
    }

    @GetMapping("/anslagstavla/{noticeId:\\d+}")
    String notice(@PathVariable Long noticeId, Model model) {
        Notice notice = board.notice(noticeId);
        model.addAttribute("notice", notice);
        model.addAttribute("up", notice.isUpOn(java.time.LocalDate.now(clock.withZone(WorkingDayCalendar.STOCKHOLM))));
        return "minutes/notice";
    }

    /**
     * The public minutes a notice is about (the whole minutes, or the extract of the paragraph justered at the
     * meeting): always the PUBLIC version, a confidential paragraph withheld with its ground. Reachable only through
     * a posted notice, so only justered minutes are public here.
     */
    @GetMapping(path = "/anslagstavla/{noticeId:\\d+}/protokoll", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> publicMinutes(@PathVariable Long noticeId) {
        Notice notice = board.notice(noticeId);
        String html = notice.getParagraphId() == null ? documents.render(notice.getMeetingId(), Audience.PUBLIC)
                : documents.extract(notice.getMeetingId(), notice.getParagraphId(), Audience.PUBLIC);
        return ResponseEntity.ok().contentType(HTML).body(html);
    }

    @GetMapping("/anslagstavla/{noticeId:\\d+}/protokoll.pdf")
    ResponseEntity<byte[]> publicMinutesPdf(@PathVariable Long noticeId) {
        Notice notice = board.notice(noticeId);
        byte[] pdf = notice.getParagraphId() == null ? documents.pdf(notice.getMeetingId(), Audience.PUBLIC)
                : documents.extractPdf(notice.getMeetingId(), notice.getParagraphId(), Audience.PUBLIC);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"protokoll-" + noticeId + ".pdf\"").body(pdf);
    }

    /** The notices up now as an Atom feed (RFC 4287): one entry per notice, its summary the notice's facts. */
    @GetMapping("/anslagstavla.atom")
    ResponseEntity<String> atom() {
        List<Notice> current = board.current();
        String updated = current.stream().map(Notice::getPostedAt).max(OffsetDateTime::compareTo)
                .orElse(OffsetDateTime.now(clock)).withOffsetSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>Anslagstavla</title>\n  <id>urn:namndflode:anslagstavla</id>\n")
                .append("  <link rel=\"alternate\" href=\"/anslagstavla\"/>\n")
                .append("  <updated>").append(updated).append("</updated>\n");
        for (Notice notice : current) {
            xml.append("  <entry>\n    <id>urn:namndflode:anslag:").append(notice.getId()).append("</id>\n")
                    .append("    <title>").append(escape(notice.getBoardName() + ": " + notice.getMinutesTitle()))
                    .append("</title>\n    <link rel=\"alternate\" href=\"/anslagstavla/").append(notice.getId())
                    .append("\"/>\n    <updated>").append(notice.getPostedAt().withOffsetSameInstant(ZoneOffset.UTC)
                            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("</updated>\n")
                    .append("    <summary>").append(escape("Sammanträde " + notice.getMeetingDay()
                            + (notice.isPartial() ? ", " + notice.getParagraphs() : "") + ". Anslaget "
                            + notice.getPostedOn() + ". Sista dag att överklaga " + notice.getAppealEndsOn()
                            + ". Tas ned " + notice.getComesDownOn() + ". Protokollet förvaras: "
                            + notice.getKeptAt() + "."))
                    .append("</summary>\n  </entry>\n");
        }
        xml.append("</feed>\n");
        return ResponseEntity.ok().contentType(ATOM).body(xml.toString());
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
