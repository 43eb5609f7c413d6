package se.namndflode.registry;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;
import se.namndflode.shared.web.DomainException;

/** What the registry's pages and API share: numbers in URLs ({@code SOF-2026-12}, {@code 3.1}) and downloads. */
final class RegistryUrls {

    private RegistryUrls() {
    }

    /** The diarienummer of a URL; a malformed one is simply a matter that does not exist. */
    static RegistryNumber matterNumber(String url) {
        return RegistryNumber.tryParse(url).orElseThrow(() -> DomainException.notFound("notFound.matter"));
    }

    static DocumentNumber documentNumber(String matterUrl, String documentSuffix) {
        RegistryNumber matter = matterNumber(matterUrl);
        try {
            return DocumentNumber.of(matter, documentSuffix);
        } catch (IllegalArgumentException malformed) {
            throw DomainException.notFound("notFound.document");
        }
    }

    /** The file as a download, with its own content type and name. */
    static ResponseEntity<byte[]> download(FileContent file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION, attachment(file.fileName()))
                .body(file.content());
    }

    /**
     * {@code attachment; filename="Remiss - boenden.pdf"; filename*=UTF-8''Remiss%20%E2%80%93%20boenden.pdf}: a
     * plain ASCII name for every client, and the exact name (RFC 6266) for those that read it.
     */
    static String attachment(String fileName) {
        String ascii = Normalizer.normalize(fileName, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replace('\u2013', '-').replaceAll("[^\\x20-\\x7e]|[\"\\\\]", "_");
        String header = ContentDisposition.attachment().filename(ascii).build().toString();
        return ascii.equals(fileName) ? header
                : header + "; filename*=UTF-8''" + UriUtils.encode(fileName, StandardCharsets.UTF_8);
    }
}
