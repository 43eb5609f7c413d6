package se.namndflode.minutes;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The minutes of a meeting as a page (the document itself, printable) and as PDF/A, and the protokollsutdrag of a
 * paragraph: {@code /sammantraden/{id}/protokoll}, {@code .pdf},
 * {@code /sammantraden/{id}/protokoll/{paragraphId}/utdrag}
 * and {@code .pdf}. {@code ?version=offentlig} gives the public version; a reader not entitled to every
 * confidential paragraph gets it anyway.
 */
@Controller
@RequestMapping("/sammantraden/{id}/protokoll")
@PreAuthorize(MinutesRoles.READERS)
class MinutesPages {

    static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final MinutesDocuments documents;

    MinutesPages(MinutesDocuments documents) {
        this.documents = documents;
    }

    @GetMapping
    ResponseEntity<String> show(@PathVariable Long id, @RequestParam(required = false) String version) {
        return ResponseEntity.ok().contentType(HTML).body(documents.render(id, audience(id, version)));
    }

    @GetMapping(".pdf")
    ResponseEntity<byte[]> pdf(@PathVariable Long id, @RequestParam(required = false) String version) {
        Audience audience = audience(id, version);
        Minutes minutes = documents.minutes(id);
        return pdf(documents.pdf(id, audience), minutes.title().replace('/', '-')
                + (audience == Audience.PUBLIC ? " offentlig" : "") + ".pdf");
    }

    @GetMapping("/{paragraphId}/utdrag")
    ResponseEntity<String> extract(@PathVariable Long id, @PathVariable Long paragraphId,
            @RequestParam(required = false) String version) {
        return ResponseEntity.ok().contentType(HTML)
                .body(documents.extract(id, paragraphId, audience(id, version)));
    }

    @GetMapping("/{paragraphId}/utdrag.pdf")
    ResponseEntity<byte[]> extractPdf(@PathVariable Long id, @PathVariable Long paragraphId,
            @RequestParam(required = false) String version) {
        Minutes minutes = documents.minutes(id);
        return pdf(documents.extractPdf(id, paragraphId, audience(id, version)),
                "Protokollsutdrag " + minutes.title().replace('/', '-') + " " + paragraphId + ".pdf");
    }

    private Audience audience(Long id, String version) {
        return documents.audienceFor(id, "offentlig".equals(version) ? Audience.PUBLIC : Audience.INTERNAL);
    }

    static ResponseEntity<byte[]> pdf(byte[] pdf, String fileName) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }
}
