package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class AllowedFileTypeTest {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String ODT = "application/vnd.oasis.opendocument.text";

    @Test
    void takesAPdf() {
        assertThat(AllowedFileType.of(new FileContent("remiss.pdf", "application/pdf", RegistryFixtures.PDF)))
                .contains(AllowedFileType.PDF);
    }

    @Test
    void takesAWordDocument() throws IOException {
        assertThat(AllowedFileType.of(new FileContent("Tjänsteutlåtande.DOCX", DOCX, docx()))).contains(AllowedFileType.DOCX);
    }

    @Test
    void takesAnOpenDocumentText() throws IOException {
        assertThat(AllowedFileType.of(new FileContent("svar.odt", ODT, odt(ODT)))).contains(AllowedFileType.ODT);
    }

    @Test
    void refusesAPngRenamedPdf() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
        assertThat(AllowedFileType.of(new FileContent("bild.pdf", "application/pdf", png))).isEmpty();
    }

    @Test
    void refusesAProgramRenamedPdf() {
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
        assertThat(AllowedFileType.of(new FileContent("program.pdf", "application/pdf", exe))).isEmpty();
    }

    @Test
    void refusesAPngDeclaredAsPng() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        assertThat(AllowedFileType.of(new FileContent("bild.png", "image/png", png))).isEmpty();
    }

    @Test
    void refusesAPdfWhoseNameOrDeclaredTypeDisagrees() {
        assertThat(AllowedFileType.of(new FileContent("remiss.exe", "application/pdf", RegistryFixtures.PDF))).isEmpty();
        assertThat(AllowedFileType.of(new FileContent("remiss.pdf", "image/png", RegistryFixtures.PDF))).isEmpty();
        assertThat(AllowedFileType.of(new FileContent("remiss.docx", DOCX, RegistryFixtures.PDF))).isEmpty();
        assertThat(AllowedFileType.of(new FileContent("remiss.docx", "application/octet-stream", RegistryFixtures.PDF)))
                .isEmpty();
    }

    @Test
    void takesFilesSentWithAGenericContentTypeByWhatTheyContain() throws IOException {
        // Several Windows browsers and mail clients send Office files as application/octet-stream.
        assertThat(AllowedFileType.of(new FileContent("Yttrande.docx", "application/octet-stream", docx())))
                .contains(AllowedFileType.DOCX);
        assertThat(AllowedFileType.of(new FileContent("svar.odt", "application/octet-stream", odt(ODT))))
                .contains(AllowedFileType.ODT);
        assertThat(AllowedFileType.of(new FileContent("remiss.pdf", "application/octet-stream", RegistryFixtures.PDF)))
                .contains(AllowedFileType.PDF);
        assertThat(AllowedFileType.of(new FileContent("remiss.pdf", null, RegistryFixtures.PDF)))
                .contains(AllowedFileType.PDF);
    }

    @Test
    void aGenericContentTypeDoesNotLetAnythingElseIn() throws IOException {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThat(AllowedFileType.of(new FileContent("bild.pdf", "application/octet-stream", png))).isEmpty();
        assertThat(AllowedFileType.of(new FileContent("arkiv.docx", "application/octet-stream",
                zip("data.txt", "hej".getBytes(java.nio.charset.StandardCharsets.UTF_8), false)))).isEmpty();
    }

    @Test
    void theDetectorReadsTheContentNotTheName() throws IOException {
        assertThat(AllowedFileType.detect(RegistryFixtures.PDF)).isEqualTo("application/pdf");
        assertThat(AllowedFileType.detect(odt(ODT))).isEqualTo(ODT);
        assertThat(AllowedFileType.detect(docx())).isIn("application/x-tika-ooxml", "application/zip");
    }

    @Test
    void acceptsParametersOfTheDeclaredType() {
        assertThat(AllowedFileType.of(new FileContent("remiss.pdf", "Application/PDF; name=remiss.pdf",
                RegistryFixtures.PDF))).contains(AllowedFileType.PDF);
    }

    @Test
    void refusesAnyZipNamedDocx() throws IOException {
        byte[] zip = zip("readme.txt", "Hej".getBytes(StandardCharsets.UTF_8), false);
        assertThat(AllowedFileType.of(new FileContent("arkiv.docx", DOCX, zip))).isEmpty();
    }

    @Test
    void refusesAnOpenDocumentOfAnotherKind() throws IOException {
        byte[] spreadsheet = odt("application/vnd.oasis.opendocument.spreadsheet");
        assertThat(AllowedFileType.of(new FileContent("budget.odt", ODT, spreadsheet))).isEmpty();
    }

    @Test
    void refusesBytesThatOnlyStartLikeAZip() {
        byte[] broken = {'P', 'K', 3, 4, 1, 2, 3};
        assertThat(AllowedFileType.of(new FileContent("trasig.docx", DOCX, broken))).isEmpty();
        assertThat(AllowedFileType.of(new FileContent("trasig.odt", ODT, broken))).isEmpty();
    }

    /** The smallest package Word would recognise: the content types and the main part. */
    static byte[] docx() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    /** An OpenDocument package: first entry {@code mimetype}, stored uncompressed. */
    static byte[] odt(String mimetype) throws IOException {
        return zip("mimetype", mimetype.getBytes(StandardCharsets.US_ASCII), true);
    }

    private static byte[] zip(String name, byte[] content, boolean stored) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry entry = new ZipEntry(name);
            if (stored) {
                CRC32 crc = new CRC32();
                crc.update(content);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(content.length);
                entry.setCrc(crc.getValue());
            }
            zip.putNextEntry(entry);
            zip.write(content);
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
