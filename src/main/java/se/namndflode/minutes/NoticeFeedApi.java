package se.namndflode.minutes;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The anslagstavla as JSON, public (no login), each municipality's its own (KL 8 kap. 9 §):
 * {@code /anslagstavla/{municipalityCode}.json}, and {@code /anslagstavla.json} and {@code /api/v1/notices} with
 * {@code ?municipality=} (optional while there is only one municipality; else 422 {@code notice.municipalityRequired}
 * naming the codes): the municipality's current notices and a page of its archive; {@code /api/v1/notices/{id}} one
 * notice (a 404 problem when there is none). Schema: {@code docs/notice-feed.md}.
 */
@RestController
@Tag(name = "Anslagstavla", description = "Anslagen om justerade protokoll (offentligt)")
class NoticeFeedApi {

    private final NoticeBoard board;
    private final Clock clock;

    NoticeFeedApi(NoticeBoard board, Clock clock) {
        this.board = board;
        this.clock = clock;
    }

    @GetMapping(path = {"/anslagstavla.json", "/api/v1/notices"}, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "En kommuns aktuella anslag och en sida av dess arkiv (municipality: kommunens kod, "
            + "behövs när det finns flera kommuner; page från 0, size 1–100)")
    NoticeFeed feed(@RequestParam(required = false) String municipality, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        return feed(board.municipalityOrOnly(municipality), page, size);
    }

    @GetMapping(path = "/anslagstavla/{municipalityCode:" + NoticeBoardPages.CODE + "}.json",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "En kommuns anslagstavla: aktuella anslag och en sida av arkivet")
    NoticeFeed municipalityFeed(@PathVariable String municipalityCode, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(100) int size) {
        return feed(board.municipality(municipalityCode), page, size);
    }

    private NoticeFeed feed(se.namndflode.organisation.Municipality municipality, int page, int size) {
        return NoticeFeed.of(OffsetDateTime.now(clock), municipality, board.current(municipality.getCode()),
                board.archive(municipality.getCode(), page, size));
    }

    @GetMapping(path = "/api/v1/notices/{noticeId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ett anslag")
    NoticeFeed.Item one(@PathVariable Long noticeId) {
        return NoticeFeed.Item.of(board.notice(noticeId));
    }
}
