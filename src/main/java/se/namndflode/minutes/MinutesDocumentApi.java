package se.namndflode.minutes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.namndflode.shared.web.DomainException;

/**
 * The minutes as JSON and PDF/A (issue 8): {@code GET /api/v1/meetings/{id}/minutes} the structured document
 * ({@link MinutesDocument}) in its latest version, {@code /minutes.pdf}, one version
 * {@code /minutes/versions/{number}/document} (and {@code .pdf}); justered versions as they were justered (their
 * snapshot, 500 {@code minutes-integrity} when it does not match its SHA-256), and a paragraph's protokollsutdrag
 * {@code /minutes/extracts/{paragraphId}} (its section) and {@code .pdf}. {@code audience}: INTERNAL (default) or
 * PUBLIC; a reader not entitled to every confidential paragraph gets PUBLIC whatever they ask (the answer's
 * {@code audience} says which). Refusals are RFC 9457 problems with a Swedish {@code detail}: 404 for a meeting the
 * caller may not see, 422 {@code minutes.notHeld} before the meeting was opened.
 */
@RestController
@RequestMapping("/api/v1/meetings/{id}")
@PreAuthorize(MinutesRoles.READERS)
@Tag(name = "Protokoll", description = "Sammanträdenas protokoll och protokollsutdrag")
class MinutesDocumentApi {

    private final MinutesDocuments documents;

    MinutesDocumentApi(MinutesDocuments documents) {
        this.documents = documents;
    }

    @GetMapping("/minutes")
    @Operation(summary = "Protokollet som strukturerat dokument")
    MinutesDocument minutes(@PathVariable Long id, @RequestParam(required = false) String audience) {
        return documents.document(id, documents.audienceFor(id, parse(audience)));
    }

    @GetMapping("/minutes.pdf")
    @Operation(summary = "Protokollet som PDF/A")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, @RequestParam(required = false) String audience) {
        Audience resolved = documents.audienceFor(id, parse(audience));
        return MinutesPages.pdf(documents.pdf(id, resolved), documents.minutes(id).title().replace('/', '-')
                + (resolved == Audience.PUBLIC ? " offentlig" : "") + ".pdf");
    }

    @GetMapping("/minutes/versions/{number}/document")
    @Operation(summary = "En version av protokollet (1; en rättelse 2 ...) som strukturerat dokument; en justerad "
            + "version som den justerades", description = "404 för en version som inte finns; 500 minutes-integrity "
            + "om det sparade protokollet inte stämmer med sin SHA-256.")
    MinutesDocument version(@PathVariable Long id, @PathVariable int number,
            @RequestParam(required = false) String audience) {
        return documents.document(id, number, documents.audienceFor(id, parse(audience)));
    }

    @GetMapping("/minutes/versions/{number}/document.pdf")
    @Operation(summary = "En version av protokollet som PDF/A, med sin egen justering och SHA-256")
    ResponseEntity<byte[]> versionPdf(@PathVariable Long id, @PathVariable int number,
            @RequestParam(required = false) String audience) {
        Audience resolved = documents.audienceFor(id, parse(audience));
        return MinutesPages.pdf(documents.pdf(id, number, resolved), documents.minutes(id).title().replace('/', '-')
                + " version " + number + (resolved == Audience.PUBLIC ? " offentlig" : "") + ".pdf");
    }

    @GetMapping("/minutes/extracts/{paragraphId}")
    @Operation(summary = "En paragraf som protokollsutdrag")
    MinutesDocument.Section extract(@PathVariable Long id, @PathVariable Long paragraphId,
            @RequestParam(required = false) String audience) {
        return documents.document(id, documents.audienceFor(id, parse(audience))).paragraphs().stream()
                .filter(section -> section.paragraphId().equals(paragraphId)).findFirst()
                .orElseThrow(() -> DomainException.notFound("notFound.paragraph"));
    }

    @GetMapping("/minutes/extracts/{paragraphId}.pdf")
    @Operation(summary = "En paragraf som protokollsutdrag, PDF/A")
    ResponseEntity<byte[]> extractPdf(@PathVariable Long id, @PathVariable Long paragraphId,
            @RequestParam(required = false) String audience) {
        return MinutesPages.pdf(documents.extractPdf(id, paragraphId, documents.audienceFor(id, parse(audience))),
                "Protokollsutdrag " + paragraphId + ".pdf");
    }

    /** A change of the minutes' own texts: the version read, the text (blank: removed). */
    record TextChange(Long version, String text) {
    }

    /** Övriga närvarande on the cover, one a line; answers the minutes as the secretary reads them. */
    @PutMapping("/minutes/others-present")
    @PreAuthorize(MinutesRoles.SECRETARY)
    @Operation(summary = "Övriga närvarande på protokollets försättsblad")
    MinutesDocument othersPresent(@PathVariable Long id, @RequestBody TextChange change) {
        documents.setOthersPresent(id, change.version(), change.text());
        return documents.document(id, documents.audienceFor(id, Audience.INTERNAL));
    }

    /** The Sammanfattning; of a confidential paragraph only to the entitled (else 403 {@code matter-confidential}). */
    @GetMapping("/minutes/paragraphs/{paragraphId}/summary")
    @Operation(summary = "Sekreterarens sammanfattning av en paragraf")
    MinutesDocuments.WrittenSummary summary(@PathVariable Long id, @PathVariable Long paragraphId) {
        return documents.summary(id, paragraphId);
    }

    /** A paragraph's Sammanfattning as the secretary writes it (a standard item's information, for instance). */
    @PutMapping("/minutes/paragraphs/{paragraphId}/summary")
    @PreAuthorize(MinutesRoles.SECRETARY)
    @Operation(summary = "Skriv sammanfattningen av en paragraf")
    MinutesDocuments.WrittenSummary writeSummary(@PathVariable Long id, @PathVariable Long paragraphId,
            @RequestBody TextChange change) {
        documents.setSummary(id, paragraphId, change.version(), change.text());
        return documents.summary(id, paragraphId);
    }

    private static Audience parse(String audience) {
        if (audience == null || audience.isBlank()) {
            return Audience.INTERNAL;
        }
        try {
            return Audience.valueOf(audience.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw DomainException.invalid("audience", "minutes.audience.unknown");
        }
    }
}
