package se.namndflode.minutes;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.data.domain.Page;

/**
 * The anslagstavla as JSON ({@code /anslagstavla.json}, {@code /api/v1/notices}); the schema is documented in
 * {@code docs/notice-feed.md}. Dates are ISO 8601 days (Europe/Stockholm), times ISO 8601 with offset.
 *
 * @param generatedAt  when the feed was produced
 * @param municipality the municipality whose anslagstavla this is (each has its own, KL 8 kap. 9 §)
 * @param current      the municipality's notices up now, latest posting first
 * @param archive      a page of its notices that have come down, latest posting first
 */
public record NoticeFeed(OffsetDateTime generatedAt, Named municipality, List<Item> current, Archive archive) {

    /** A page of the archive: its number (from 0), size, the total number of notices and the page's notices. */
    public record Archive(int page, int size, long total, List<Item> notices) {
    }

    /** A municipality or a board: its code or id, and its name. */
    public record Named(String code, String name) {
    }

    /**
     * One notice: what KL 8 kap. 12 § asks to be published.
     *
     * @param id           the notice's id
     * @param municipality the municipality
     * @param board        the board (code: its id)
     * @param meetingDay   the day of the meeting
     * @param paragraphs   the paragraphs when only some are justered ("§ 6"), else null (the whole minutes)
     * @param title        the minutes (or the extract) the notice is about
     * @param keptAt       where the minutes are kept
     * @param postedOn     the day of posting; the appeal period runs from it
     * @param appealEndsOn the last day to appeal (laglighetsprövning, KL 13 kap. 5 §)
     * @param comesDownOn  the day the notice comes down (after the appeal period)
     * @param url          the notice's page on the anslagstavla (relative to the site)
     * @param minutesUrl   the public minutes (or extract) the notice is about, HTML; {@code .pdf} appended: PDF/A
     * @param justeredLate whether the minutes were justered after the last day (14 days after the meeting)
     */
    public record Item(Long id, Named municipality, Named board, LocalDate meetingDay, String paragraphs,
            String title, String keptAt, LocalDate postedOn, LocalDate appealEndsOn, LocalDate comesDownOn,
            String url, String minutesUrl, boolean justeredLate) {

        static Item of(Notice notice) {
            return new Item(notice.getId(), new Named(notice.getMunicipalityCode(), notice.getMunicipalityName()),
                    new Named(notice.getBoardId().toString(), notice.getBoardName()), notice.getMeetingDay(),
                    notice.getParagraphs(), notice.getMinutesTitle(), notice.getKeptAt(), notice.getPostedOn(),
                    notice.getAppealEndsOn(), notice.getComesDownOn(), "/anslagstavla/" + notice.getId(),
                    "/anslagstavla/" + notice.getId() + "/protokoll", notice.isJusteredLate());
        }
    }

    static NoticeFeed of(OffsetDateTime at, se.namndflode.organisation.Municipality municipality,
            List<Notice> current, Page<Notice> archive) {
        return new NoticeFeed(at, new Named(municipality.getCode(), municipality.getName()), current.stream().map(Item::of).toList(), new Archive(archive.getNumber(),
                archive.getSize(), archive.getTotalElements(), archive.getContent().stream().map(Item::of).toList()));
    }
}
