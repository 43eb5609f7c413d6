package se.namndflode.minutes;

import jakarta.validation.constraints.Min;
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
 * The public digital anslagstavla (no login; permitted in the security configuration), each municipality's its own
 * (KL 8 kap. 9 §): {@code /anslagstavla/{municipalityCode}} with its notices up now and an archive of earlier ones,
 * and the same as Atom ({@code /anslagstavla/{municipalityCode}.atom}); {@code /anslagstavla} lists the
 * municipalities, or goes straight to the only one; each notice's page {@code /anslagstavla/{noticeId}}. The JSON
 * feed is {@link NoticeFeedApi}'s. Only what a notice publishes is shown; a confidential matter's paragraph appears by
 * its public title.
 */
@Controller
class NoticeBoardPages {

    static final int ARCHIVE_PAGE = 20;
    /** A municipality's code in an address (never all digits: those are notices). */
    static final String CODE = "[a-z][a-z0-9_-]*";
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

    /** The municipalities' anslagstavlor to choose from; the only one's at once. */
    @GetMapping("/anslagstavla")
    String noticeBoards(Model model) {
        List<se.namndflode.organisation.Municipality> all = board.municipalities();
        if (all.size() == 1) {
            return "redirect:/anslagstavla/" + all.get(0).getCode();
        }
        model.addAttribute("municipalities", all);
        return "minutes/noticeboards";
    }

    @GetMapping("/anslagstavla/{municipalityCode:" + CODE + "}")
    String noticeBoard(@PathVariable String municipalityCode, @RequestParam(defaultValue = "0") @Min(0) int page,
            Model model) {
        se.namndflode.organisation.Municipality municipality = board.municipality(municipalityCode);
        model.addAttribute("municipality", municipality);
        model.addAttribute("current", board.current(municipality.getCode()));
        model.addAttribute("archive", board.archive(municipality.getCode(), page, ARCHIVE_PAGE));
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
     * meeting): always the PUBLIC version as justered (the snapshot kept when it locked), a confidential paragraph
     * withheld with its ground. Reachable only through a posted notice, so only justered minutes are public here;
     * public by design, so not subject to a signed-in visitor's access to the meeting.
     */
    @GetMapping(path = "/anslagstavla/{noticeId:\\d+}/protokoll", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> publicMinutes(@PathVariable Long noticeId) {
        Notice notice = board.notice(noticeId);
        return ResponseEntity.ok().contentType(HTML).body(documents.publicMinutes(notice));
    }

    @GetMapping("/anslagstavla/{noticeId:\\d+}/protokoll.pdf")
    ResponseEntity<byte[]> publicMinutesPdf(@PathVariable Long noticeId) {
        Notice notice = board.notice(noticeId);
        byte[] pdf = documents.publicMinutesPdf(notice);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"protokoll-" + noticeId + ".pdf\"").body(pdf);
    }

    /** As {@link #atom(String)}; {@code ?municipality=} needed when there are several municipalities. */
    @GetMapping("/anslagstavla.atom")
    ResponseEntity<String> anyAtom(@RequestParam(required = false) String municipality) {
        return atom(board.municipalityOrOnly(municipality));
    }

    /**
     * The municipality's notices up now as an Atom feed (RFC 4287): one entry per notice, its summary the notice's
     * facts.
     */
    @GetMapping("/anslagstavla/{municipalityCode:" + CODE + "}.atom")
    ResponseEntity<String> atom(@PathVariable String municipalityCode) {
        return atom(board.municipality(municipalityCode));
    }

    private ResponseEntity<String> atom(se.namndflode.organisation.Municipality municipality) {
        List<Notice> current = board.current(municipality.getCode());
        String home = "/anslagstavla/" + municipality.getCode();
        String updated = current.stream().map(Notice::getPostedAt).max(OffsetDateTime::compareTo)
                .orElse(OffsetDateTime.now(clock)).withOffsetSameInstant(ZoneOffset.UTC)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n")
                .append("  <title>").append(escape("Anslagstavla " + municipality.getName())).append("</title>\n")
                .append("  <id>urn:namndflode:anslagstavla:").append(escape(municipality.getCode())).append("</id>\n")
                .append("  <link rel=\"alternate\" href=\"").append(home).append("\"/>\n")
                .append("  <updated>").append(updated).append("</updated>\n");
        for (Notice notice : current) {
            xml.append("  <entry>\n    <id>urn:namndflode:anslag:").append(notice.getId()).append("</id>\n")
                    .append("    <title>").append(escape(notice.getBoardName() + ": " + notice.getMinutesTitle()))
                    .append("</title>\n    <link rel=\"alternate\" href=\"/anslagstavla/").append(notice.getId())
                    .append("\"/>\n    <updated>").append(notice.getPostedAt().withOffsetSameInstant(ZoneOffset.UTC)
                            .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)).append("</updated>\n")
                    .append("    <summary>").append(escape("Sammanträde " + notice.getMeetingDay()
                            + (notice.isPartial() ? ", " + notice.getParagraphs() : "") + ". Anslaget "
                            + notice.getPostedOn() + (notice.isJusteredLate() ? " (justerat efter sista dagen)" : "")
                            + ". Sista dag att överklaga " + notice.getAppealEndsOn()
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
