package se.namndflode.assignment.overview;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.namndflode.assignment.overview.OverviewFilter.ItemType;

/**
 * The overview of overdue and at-risk work on the API ({@code GET /api/v1/overview}): the same filters, roles
 * (managers and directors) and numbers as the page; 25 items per page, the earliest date first.
 */
@RestController
@RequestMapping("/api/v1/overview")
@Tag(name = "Översikt")
class OverviewApi {

    /** A page of items with the counts of the filter (its state left out) and the item's page as {@code link}. */
    record OverviewPage(List<Item> items, int page, int size, long total, int totalPages, OverviewCounts counts) {
    }

    /**
     * An item; {@code reviewStep} says which step a matter's tjänsteutlåtande waiting for review waits in (the
     * manager's granskning or the förvaltningschef's approval for the board), {@code stateText} the state as the page
     * words it.
     */
    record Item(ItemType type, Long id, String reference, String title, String board, String unit, String responsible,
            String responsibleName, java.time.LocalDate due, OverviewState state, boolean awaitingReview,
            @Schema(description = "Steget tjänsteutlåtandet väntar i: REVIEW (chefens granskning) eller APPROVAL "
                    + "(förvaltningschefens godkännande för nämnden); null när det inte väntar på någon av dem")
            ReviewStep reviewStep,
            @Schema(description = "Läget i ord, som på sidan (\"Väntar på förvaltningschefens godkännande\")")
            String stateText,
            String link) {

        static Item of(OverviewItem item, MessageSource messages) {
            return new Item(item.type(), item.id(), item.reference(), item.title(), item.boardName(), item.unitName(),
                    item.responsible(), item.responsibleName(), item.due(), item.state(), item.awaitingReview(),
                    item.reviewStep(), messages.getMessage(item.stateKey(), null, SWEDISH), item.link());
        }
    }

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final Overview overview;
    private final MessageSource messages;

    OverviewApi(Overview overview, MessageSource messages) {
        this.overview = overview;
        this.messages = messages;
    }

    @GetMapping
    @PreAuthorize(OverviewPages.MANAGE)
    @Operation(summary = "Försenat och i riskzonen: uppdrag och ärenden i användarens kommuner, filtrerade och "
            + "sidindelade, med antal per läge, nämnd, förvaltning och ansvarig")
    OverviewPage overview(@RequestParam(required = false) Long boardId, @RequestParam(required = false) Long unitId,
            @Parameter(description = "Ansvarig persons eller handläggares användarnamn")
            @RequestParam(required = false) String responsible,
            @Parameter(description = "OVERDUE, AT_RISK eller REVIEW (tjänsteutlåtanden som väntar på chefens "
                    + "granskning eller förvaltningschefens godkännande; reviewStep säger vilket)")
            @RequestParam(required = false)
            OverviewState state,
            @Parameter(description = "ASSIGNMENT eller MATTER") @RequestParam(required = false) ItemType type,
            @Parameter(description = "Svarsdatum inom så många dagar räknas som i riskzonen (1–365, standard 14)")
            @RequestParam(required = false) @Min(0) @Max(OverviewFilter.MAX_DAYS) Integer days,
            @RequestParam(defaultValue = "0") @Min(0) int page) {
        OverviewFilter filter = new OverviewFilter(boardId, unitId, responsible, state, type, days);
        OverviewCounts counts = overview.counts(filter);
        Page<OverviewItem> found = overview.page(filter, page, counts);
        return new OverviewPage(found.getContent().stream().map(item -> Item.of(item, messages)).toList(),
                found.getNumber(), found.getSize(), found.getTotalElements(), found.getTotalPages(), counts);
    }
}
