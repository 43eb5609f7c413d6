package se.namndflode.minutes;

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
 * The anslagstavla as JSON, public (no login): {@code /anslagstavla.json} and {@code /api/v1/notices} (the current
 * notices and a page of the archive), {@code /api/v1/notices/{id}} (one notice; a 404 problem when there is none).
 * Schema: {@code docs/notice-feed.md}.
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
    @Operation(summary = "Aktuella anslag och en sida av arkivet (page från 0, size 1–100)")
    NoticeFeed feed(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return NoticeFeed.of(OffsetDateTime.now(clock), board.current(), board.archive(page, size));
    }

    @GetMapping(path = "/api/v1/notices/{noticeId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Ett anslag")
    NoticeFeed.Item one(@PathVariable Long noticeId) {
        return NoticeFeed.Item.of(board.notice(noticeId));
    }
}
