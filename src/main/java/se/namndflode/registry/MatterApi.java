package se.namndflode.registry;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Max;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The registry as JSON: the same roles, tenancy and confidentiality as the pages. A matter of another
 * municipality, or none, is a 404 problem detail. A confidential matter of the user's municipality that they are
 * not entitled to is listed and found by its number as its register entry ({@code restricted}: number, board,
 * kind, status, registration time and the public title or "Sekretessbelagt ärende"; no title, sender, dates or
 * documents), and opening it, its documents or files is a 403 problem {@code matter-confidential} with its number
 * and that title (OSL 5 kap.: the register is public, the content may be secret).
 */
@RestController
@RequestMapping("/api/v1/matters")
@PreAuthorize(RegistryRoles.STAFF)
@Tag(name = "Ärenden", description = "Diariet: ärenden, handlingar och deras filer")
class MatterApi {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

    private final Registry registry;
    private final MessageSource messages;

    MatterApi(Registry registry, MessageSource messages) {
        this.registry = registry;
        this.messages = messages;
    }

    record BoardRef(Long id, String name) {
    }

    /**
     * A matter in a list or at the head of its view. {@code restricted}: a confidential matter the user is not
     * entitled to, given as its register entry only ({@code title} is its public title or "Sekretessbelagt
     * ärende"; {@code sender}, {@code senderReference}, {@code answerDue} and {@code caseOfficerId} are null).
     */
    record MatterSummary(Long id, String registryNumber, String municipality, BoardRef board, MatterKind kind,
            MatterStatus status, String title, String publicTitle, String sender, String senderReference,
            LocalDate answerDue, boolean confidential, boolean restricted, Long caseOfficerId,
            OffsetDateTime registeredAt, String url) {

        static MatterSummary of(MatterEntry matter, String maskedTitle) {
            return new MatterSummary(matter.id(), matter.registryNumber().toString(),
                    matter.municipality().getCode(), new BoardRef(matter.board().getId(), matter.board().getName()),
                    matter.kind(), matter.status(), matter.title() != null ? matter.title() : maskedTitle,
                    matter.publicTitle(), matter.sender(), matter.senderReference(), matter.answerDue(),
                    matter.confidential(), matter.restricted(), matter.caseOfficerId(), matter.registeredAt(),
                    "/api/v1/matters/" + matter.urlNumber());
        }
    }

    /**
     * A matter with its documents. {@code version}: the matter's version now, which a change of its case officer
     * (the task "Fördela ärendet") sends back, so that a change made meanwhile is refused (409), not overwritten.
     */
    record MatterView(MatterSummary matter, String confidentialityGround, String registeredBy,
            List<DocumentView> documents, long version) {
    }

    record DocumentView(String number, int documentNumber, int attachmentNumber, DocumentType type, String title,
            LocalDate date, DocumentDirection direction, String fileName, String contentType, long fileSize,
            OffsetDateTime registeredAt, String registeredBy, String fileUrl, List<DocumentView> attachments) {

        static DocumentView of(Document document, List<DocumentView> attachments) {
            return new DocumentView(document.getNumber().toString(), document.getDocumentNumber(),
                    document.getAttachmentNumber(), document.getType(), document.getTitle(), document.getDate(),
                    document.getDirection(), document.getFileName(), document.getContentType(),
                    document.getFileSize(), document.getRegisteredAt(), document.getRegisteredBy(),
                    MatterApi.url(document.getMatter()) + "/documents/" + document.getNumber().suffix()
                            + "/file", attachments);
        }
    }

    /**
     * A matter of the list: its summary (as before, unwrapped) and where its work stands — {@code step} the open
     * task it waits in ({@code ReviewStaffReport}), its case officer's name, overdue or at risk; none of it for a
     * restricted entry.
     */
    record MatterListItem(@com.fasterxml.jackson.annotation.JsonUnwrapped MatterSummary matter, String step,
            String caseOfficerName, boolean overdue, boolean atRisk) {

        static MatterListItem of(MatterListing row, String maskedTitle) {
            return new MatterListItem(MatterSummary.of(row.entry(), maskedTitle), row.step(), row.caseOfficer(),
                    row.overdue(), row.atRisk());
        }
    }

    /**
     * A page of the list; {@code totalItems} is exact up to {@link MatterListing#COUNT_CAP}, above it
     * {@code COUNT_CAP + 1} with {@code moreItems} true (narrow the search).
     */
    record MatterPage(List<MatterListItem> items, int page, int size, long totalItems, int totalPages,
            boolean moreItems) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(RegistryRoles.REGISTERS)
    @Operation(summary = "Registrera ett ärende",
            description = "Ärendet får nästa diarienummer i nämndens förvaltnings serie för innevarande år.")
    ResponseEntity<MatterView> register(@Valid @RequestBody MatterForm form) {
        Matter matter = registry.registerMatter(form);
        return ResponseEntity.created(URI.create(url(matter))).body(view(matter));
    }

    @GetMapping
    @Operation(summary = "Sök och lista ärenden",
            description = "Nyast först. q söker i rubriker, handlingars rubriker, avsändaren, avsändarens "
                    + "diarienummer och diarienummer (SOF 2026/12, SOF-2026-12 eller 2026/12). Ett sekretessärende "
                    + "som användaren inte har åtkomst till finns med som diarieuppgift (restricted: nummer och "
                    + "offentlig rubrik eller \"Sekretessbelagt ärende\") och hittas bara på nummer och offentlig "
                    + "rubrik.")
    MatterPage search(@RequestParam(required = false) String q, @RequestParam(required = false) Long boardId,
            @RequestParam(required = false) MatterKind kind, @RequestParam(required = false) MatterStatus status,
            @Parameter(description = "Bara ärenden där användaren är handläggare (Mina ärenden)")
            @RequestParam(defaultValue = "false") boolean mine,
            @Parameter(description = "Bara ärenden som väntar i steget, t.ex. ReviewStaffReport")
            @RequestParam(required = false) String step,
            @Parameter(description = "Bara pågående ärenden efter svarsdatum")
            @RequestParam(defaultValue = "false") boolean overdue,
            @Parameter(description = "Sortering (standard REGISTERED, nyast först)")
            @RequestParam(required = false) MatterSearch.Sort sort,
            @Parameter(description = "Fallande ordning") @RequestParam(required = false) Boolean desc,
            @RequestParam(defaultValue = "0") @Min(0) int page, @RequestParam(defaultValue = "25") @Min(1) @Max(200) int size) {
        Page<MatterListing> found = registry.list(new MatterSearch(q, boardId, kind, status, mine, step, overdue, sort,
                desc), page, size);
        String masked = maskedTitle();
        return new MatterPage(found.map(row -> MatterListItem.of(row, masked)).getContent(), found.getNumber(),
                found.getSize(), found.getTotalElements(), found.getTotalPages(),
                found.getTotalElements() > MatterListing.COUNT_CAP);
    }

    @GetMapping("/{number}")
    @Operation(summary = "Ett ärende med dess handlingar",
            description = "Ett sekretessärende som användaren inte har åtkomst till: 403 (matter-confidential) "
                    + "med diarienummer och offentlig rubrik; ett okänt nummer eller en annan kommuns ärende: 404.")
    MatterView matter(@Parameter(description = "Diarienummer i URL-form", example = "SOF-2026-12")
            @PathVariable String number) {
        return view(registry.matterAt(number));
    }

    @PostMapping(path = "/{number}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(RegistryRoles.REGISTERS)
    @Operation(summary = "Registrera en handling i ärendet",
            description = "Med attachTo blir handlingen nästa bilaga till den handlingen (SOF 2026/12-3.1). "
                    + "Filen ska vara PDF, DOCX eller ODT.")
    ResponseEntity<DocumentView> registerDocument(@PathVariable String number,
            @Valid @ModelAttribute DocumentForm form) {
        Matter matter = registry.matterAt(number);
        Document document = registry.registerDocument(matter.getId(), form, FileContent.of(form.getFile()));
        DocumentView view = DocumentView.of(document, List.of());
        return ResponseEntity.created(URI.create(view.fileUrl())).body(view);
    }

    @GetMapping("/{number}/documents/{document}/file")
    @Operation(summary = "Hämta en handlings fil")
    ResponseEntity<byte[]> file(@PathVariable String number,
            @Parameter(description = "Handlingens nummer i ärendet", example = "3.1") @PathVariable String document) {
        return RegistryUrls.download(registry.file(registry.matterAt(number).getId(), document));
    }

    private MatterView view(Matter matter) {
        List<DocumentView> documents = DocumentTree.of(registry.documents(matter.getId())).stream()
                .map(tree -> DocumentView.of(tree.document(),
                        tree.attachments().stream().map(attachment -> DocumentView.of(attachment, List.of()))
                                .toList()))
                .toList();
        return new MatterView(MatterSummary.of(MatterEntry.of(matter), maskedTitle()),
                matter.getConfidentialityGround(), matter.getRegisteredBy(), documents, matter.getVersion());
    }

    private String maskedTitle() {
        return messages.getMessage(Registry.MASKED_TITLE, null, SWEDISH);
    }

    private static String url(Matter matter) {
        return "/api/v1/matters/" + matter.getUrlNumber();
    }
}
