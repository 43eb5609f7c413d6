package se.namndflode.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.web.multipart.MultipartFile;

/** A file as uploaded or downloaded: its name, its declared content type and its bytes. */
public record FileContent(String fileName, String contentType, byte[] content) {

    /** Empty when no file was chosen. */
    public static FileContent of(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new FileContent(file.getOriginalFilename(), file.getContentType(), file.getBytes());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public long size() {
        return content == null ? 0 : content.length;
    }
}
