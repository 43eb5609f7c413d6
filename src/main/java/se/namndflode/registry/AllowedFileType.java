package se.namndflode.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types a document may have: PDF, Word (DOCX) and OpenDocument text (ODT). A file is accepted only
 * when its name, its declared content type and its content agree: a PNG or a program renamed {@code .pdf} is
 * refused.
 */
enum AllowedFileType {

    PDF("pdf", "application/pdf") {
        @Override
        boolean contentMatches(byte[] content) {
            return startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
        }
    },

    /** Office Open XML: a ZIP whose {@code [Content_Types].xml} declares a word-processing main part. */
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document") {
        @Override
        boolean contentMatches(byte[] content) {
            return isZip(content) && zipEntryContains(content, "[Content_Types].xml",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        }
    },

    /** OpenDocument: a ZIP whose first entry, {@code mimetype}, holds the media type. */
    ODT("odt", "application/vnd.oasis.opendocument.text") {
        @Override
        boolean contentMatches(byte[] content) {
            if (!isZip(content)) {
                return false;
            }
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
                ZipEntry first = zip.getNextEntry();
                return first != null && first.getName().equals("mimetype")
                        && new String(zip.readNBytes(200), StandardCharsets.US_ASCII).trim().equals(contentType());
            } catch (IOException | IllegalArgumentException notAZip) {
                return false;
            }
        }
    };

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    /** Entries looked at before giving up on finding the one that identifies the type. */
    private static final int MAX_ENTRIES = 200;
    private static final int MAX_ENTRY_BYTES = 256 * 1024;

    private final String extension;
    private final String contentType;

    AllowedFileType(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    String extension() {
        return extension;
    }

    String contentType() {
        return contentType;
    }

    abstract boolean contentMatches(byte[] content);

    /** The type whose extension, declared content type and content all match; empty if none does. */
    static Optional<AllowedFileType> of(FileContent file) {
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        String declared = file.contentType() == null ? ""
                : file.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> name.endsWith("." + type.extension) && declared.equals(type.contentType))
                .filter(type -> type.contentMatches(file.content()))
                .findFirst();
    }

    static boolean startsWith(byte[] content, byte[] prefix) {
        return content != null && content.length >= prefix.length
                && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    static boolean isZip(byte[] content) {
        return startsWith(content, ZIP_MAGIC);
    }

    static boolean zipEntryContains(byte[] content, String entryName, String text) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            for (int seen = 0; seen < MAX_ENTRIES && (entry = zip.getNextEntry()) != null; seen++) {
                if (entry.getName().equals(entryName)) {
                    return new String(zip.readNBytes(MAX_ENTRY_BYTES), StandardCharsets.UTF_8).contains(text);
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException notAZip) {
            return false;
        }
    }
}
