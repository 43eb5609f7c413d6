package se.namndflode.minutes;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import se.namndflode.shared.pdf.ArchivalPdf;


/**
 * Prints a {@link MinutesDocument} as XHTML (Thymeleaf, {@code minutes/minutes-document}) and as PDF/A-2u with
 * openhtmltopdf (DejaVu fonts embedded, tagged, sRGB output intent), as the project's other PDFs; and the
 * protokollsutdrag of one paragraph ({@code minutes/extract-document}).
 */
@Component
class MinutesRenderer {

    static final String TEMPLATE = "minutes/minutes-document";
    static final String EXTRACT_TEMPLATE = "minutes/extract-document";
    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");
    /** "tisdag 12 december 2023". */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", SWEDISH);
    /** "18.00". */
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", SWEDISH);



    private final TemplateEngine templates;

    MinutesRenderer(TemplateEngine templates) {
        this.templates = templates;
    }

    String html(MinutesDocument document) {
        Context context = new Context(SWEDISH);
        context.setVariable("doc", document);
        context.setVariable("text", new Text());
        return templates.process(TEMPLATE, context);
    }

    String extractHtml(MinutesDocument document, MinutesDocument.Section section) {
        Context context = new Context(SWEDISH);
        context.setVariable("doc", document);
        context.setVariable("section", section);
        context.setVariable("text", new Text());
        return templates.process(EXTRACT_TEMPLATE, context);
    }

    byte[] pdf(String html) {
        return ArchivalPdf.render(html);
    }


    /** Splits recorded texts for the template: blank lines part paragraphs, single line breaks stay breaks. */
    public static final class Text {

        public List<String> blocks(String text) {
            if (text == null || text.isBlank()) {
                return List.of();
            }
            return Arrays.stream(text.strip().split("\\R\\s*\\R")).map(String::strip)
                    .filter(block -> !block.isEmpty()).toList();
        }

        public List<String> lines(String block) {
            return block == null ? List.of() : block.lines().map(String::strip).toList();
        }
    }
}
