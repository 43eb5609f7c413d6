package se.namndflode.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The file types a document may have: PDF, Word (DOCX) and OpenDocument text (ODT). The type is decided by the
 * file's content, as Apache Tika's detector reads it (magic numbers, container formats), confirmed by the
 * type's own check (a DOCX's main part, an ODT's {@code mimetype} entry); the file's name must have the type's
 * extension. The declared content type is only a claim: a generic one ({@code application/octet-stream}, as
 * several Windows browsers and mail clients send for Office files) is accepted, a specific one must agree. A
 * PNG or a program renamed {@code .pdf} is refused, and so is a PDF declared as an image.
 */
enum AllowedFileType {

    PDF("pdf", "application/pdf", "application/pdf") {
        @Override
        boolean contentMatches(byte[] content) {
            return startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
        }
    },

    /** Office Open XML: a ZIP whose {@code [Content_Types].xml} declares a word-processing main part. */
    DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            // tika-core sees an OOXML package (or, when [Content_Types].xml is not its first entry, a ZIP);
            // which kind of package it is, the type's own check decides.
            "application/x-tika-ooxml", "application/zip",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document") {
        @Override
        boolean contentMatches(byte[] content) {
            return isZip(content) && zipEntryContains(content, "[Content_Types].xml",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml");
        }
    },

    /** OpenDocument: a ZIP whose first entry, {@code mimetype}, holds the media type. */
    ODT("odt", "application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text") {
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

    /** Declared content types that claim nothing in particular: the content decides. */
    private static final Set<String> GENERIC_TYPES = Set.of("", "application/octet-stream", "binary/octet-stream",
            "application/x-download", "application/force-download", "application/download", "application/unknown");
    private static final Detector DETECTOR = new DefaultDetector();

    private final String extension;
    private final String contentType;
    private final Set<String> detectedAs;

    AllowedFileType(String extension, String contentType, String... detectedAs) {
        this.extension = extension;
        this.contentType = contentType;
        this.detectedAs = Set.of(detectedAs);
    }

    String extension() {
        return extension;
    }

    String contentType() {
        return contentType;
    }

    abstract boolean contentMatches(byte[] content);

    /**
     * The type the content is, if the name has its extension and the declared type is generic or the same;
     * empty if no allowed type fits.
     */
    static Optional<AllowedFileType> of(FileContent file) {
        String name = file.fileName() == null ? "" : file.fileName().toLowerCase(Locale.ROOT);
        String declared = file.contentType() == null ? ""
                : file.contentType().split(";")[0].trim().toLowerCase(Locale.ROOT);
        String detected = detect(file.content());
        return Arrays.stream(values())
                .filter(type -> name.endsWith("." + type.extension))
                .filter(type -> GENERIC_TYPES.contains(declared) || declared.equals(type.contentType))
                .filter(type -> type.detectedAs.contains(detected) && type.contentMatches(file.content()))
                .findFirst();
    }

    /** The media type Tika reads from the bytes alone (no name hint, so a renamed file cannot fool it). */
    static String detect(byte[] content) {
        if (content == null || content.length == 0) {
            return "application/octet-stream";
        }
        try (TikaInputStream stream = TikaInputStream.get(content)) {
            return DETECTOR.detect(stream, new Metadata()).getBaseType().toString();
        } catch (IOException unreadable) {
            return "application/octet-stream";
        }
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
