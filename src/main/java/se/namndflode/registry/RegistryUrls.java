package se.namndflode.registry;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/** What the registry's pages and API share: downloads (addresses of matters are {@link MatterAddress}). */
final class RegistryUrls {

    private RegistryUrls() {
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
