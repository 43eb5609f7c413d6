package se.namndflode.meeting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitWidthDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import se.namndflode.registry.Document;
import se.namndflode.registry.DocumentType;
import se.namndflode.registry.FileContent;
import se.namndflode.registry.Matter;
import se.namndflode.registry.Registry;
import se.namndflode.shared.pdf.ArchivalPdf;
import se.namndflode.shared.web.DomainException;

/**
 * The kallelse as one PDF: the notice of the meeting (board, day, time, place) with the föredragningslista, then
 * the approved tjänsteutlåtande of each matter on the agenda, merged with PDFBox, with a bookmark (outline item)
 * for the notice, the agenda and every agenda item. An item with its tjänsteutlåtande points at the report's first
 * page; any other item at its line in the agenda, which also gives each report's pages ("sid. 3–4").
 *
 * <p>The tjänsteutlåtande is the registered record: the latest PDF document of type
 * {@link DocumentType#STAFF_REPORT} of the matter (the approval registers one; after an återremiss and a new
 * approval the newer one). A matter without one is listed with "tjänsteutlåtande saknas".
 *
 * <p><b>Confidential matters</b>: the pack is one document for everyone it goes to (members, substitutes,
 * secretaries), so a confidential matter is listed only with its neutral public title and its diarienummer (the
 * register is public, OSL 5 kap.), and its report is never included: "handlingarna omfattas av sekretess och
 * skickas inte ut med kallelsen". Whether a matter is confidential is read from the registry when the pack is
 * made, so a matter made confidential after it was placed on the agenda is left out too.
 *
 * <p>The notice and agenda are rendered as PDF/A-2u (fonts embedded, tagged), as the project's other PDFs; the
 * merged reports keep their own fonts and structure.
 */
@Component
class KallelsePack {

    private static final Logger LOG = LoggerFactory.getLogger(KallelsePack.class);

    static final String TEMPLATE = "meeting/kallelse-document";
    static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    /** "torsdag 12 mars 2026". */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", SWEDISH);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH.mm", SWEDISH);
    private static final String PDF = "application/pdf";
    /** Renders until the agenda's own page count is stable (it decides where the reports start). */
    private static final int MAX_RENDERINGS = 4;

    /** What the kallelse holds of an agenda item. */
    enum Handling {
        /** The matter's approved tjänsteutlåtande is in the pack. */
        STAFF_REPORT,
        /** A confidential matter: listed with its public title; its papers are not sent with the kallelse. */
        CONFIDENTIAL,
        /** A board matter without a registered tjänsteutlåtande as PDF. */
        MISSING,
        /** A standard item or a report item: nothing beyond the agenda line. */
        NONE
    }

    /** An agenda item and what the kallelse holds of it; {@code report} is the registered document, if any. */
    record Entry(Paragraph item, Handling handling, Document report) {

        /** The id of the item's line in the agenda (and of its bookmark's target). */
        public String anchor() {
            return "p" + item.getId();
        }

        /** "§ 5 Title", or the title alone before the agenda is set. */
        public String heading() {
            return item.getLabel() == null ? item.getPublicTitle() : item.getLabel() + " " + item.getPublicTitle();
        }
    }

    /** The report pages of an entry in the pack, 1-based. */
    record Pages(int first, int last) {
    }



    private final Registry registry;
    private final TemplateEngine templates;

    KallelsePack(Registry registry, TemplateEngine templates) {
        this.registry = registry;
        this.templates = templates;
    }

    /** What the kallelse holds of each agenda item, in agenda order (reads document facts, not files). */
    List<Entry> entries(List<Paragraph> agenda) {
        List<Entry> entries = new ArrayList<>();
        for (Paragraph item : agenda) {
            entries.add(entry(item));
        }
        return entries;
    }

    private Entry entry(Paragraph item) {
        if (item.getKind() == ParagraphKind.STANDARD || item.getMatterId() == null) {
            return new Entry(item, Handling.NONE, null);
        }
        if (item.isConfidential() || confidentialNow(item.getMatterId())) {
            return new Entry(item, Handling.CONFIDENTIAL, null);
        }
        if (item.getKind() != ParagraphKind.MATTER) {
            return new Entry(item, Handling.NONE, null);
        }
        return approvedReport(item.getMatterId()).map(report -> new Entry(item, Handling.STAFF_REPORT, report))
                .orElseGet(() -> new Entry(item, Handling.MISSING, null));
    }

    /** Confidential in the registry now (or hidden from the reader, which only a confidential matter is). */
    private boolean confidentialNow(Long matterId) {
        try {
            Matter matter = registry.matter(matterId);
            return matter.isConfidential();
        } catch (DomainException hidden) {
            return true;
        }
    }

    /** The latest registered PDF of type STAFF_REPORT (not an attachment): the record of the approved report. */
    private Optional<Document> approvedReport(Long matterId) {
        return registry.documents(matterId).stream()
                .filter(document -> document.getType() == DocumentType.STAFF_REPORT && !document.isAttachment()
                        && PDF.equals(document.getContentType()))
                .max(Comparator.comparingInt(Document::getDocumentNumber));
    }

    /**
     * The kallelse as one PDF: notice and agenda, then each included tjänsteutlåtande in agenda order, with the
     * outline. A report whose file cannot be read as PDF is left out and listed as missing (and logged).
     */
    byte[] pdf(Meeting meeting, List<Paragraph> agenda) {
        List<Entry> entries = new ArrayList<>(entries(agenda));
        List<PDDocument> reports = new ArrayList<>();
        Map<String, PDDocument> reportOf = new HashMap<>();
        try {
            for (int i = 0; i < entries.size(); i++) {
                Entry entry = entries.get(i);
                if (entry.handling() != Handling.STAFF_REPORT) {
                    continue;
                }
                PDDocument report = load(entry);
                if (report == null) {
                    entries.set(i, new Entry(entry.item(), Handling.MISSING, null));
                } else {
                    reports.add(report);
                    reportOf.put(entry.anchor(), report);
                }
            }
            return merge(meeting, entries, reportOf);
        } catch (IOException failure) {
            throw new UncheckedIOException("Could not make the kallelse of meeting " + meeting.getId(), failure);
        } finally {
            for (PDDocument report : reports) {
                closeQuietly(report);
            }
        }
    }

    private PDDocument load(Entry entry) {
        try {
            FileContent file = registry.file(entry.item().getMatterId(), entry.report().getNumber().suffix());
            return Loader.loadPDF(file.content());
        } catch (IOException | RuntimeException unreadable) {
            LOG.warn("The tjänsteutlåtande {} of {} could not be read as PDF and is left out of the kallelse",
                    entry.report().getNumber(), entry.item().getRegistryNumber(), unreadable);
            return null;
        }
    }

    private byte[] merge(Meeting meeting, List<Entry> entries, Map<String, PDDocument> reportOf) throws IOException {
        // Where each report starts depends on how many pages the agenda takes, which the page numbers it prints
        // could change: render until the count is stable.
        int agendaPages = 1;
        byte[] notice = null;
        Map<String, Pages> pages = Map.of();
        for (int rendering = 0; rendering < MAX_RENDERINGS; rendering++) {
            pages = reportPages(entries, reportOf, agendaPages);
            notice = render(meeting, entries, pages);
            int rendered = pageCount(notice);
            if (rendered == agendaPages) {
                break;
            }
            agendaPages = rendered;
        }
        try (PDDocument pack = Loader.loadPDF(notice)) {
            List<Integer> targets = bookmarkPages(pack);
            pack.getDocumentCatalog().setDocumentOutline(null);
            PDFMergerUtility merger = new PDFMergerUtility();
            for (Entry entry : entries) {
                PDDocument report = reportOf.get(entry.anchor());
                if (report != null) {
                    merger.appendDocument(pack, report);
                }
            }
            outline(pack, entries, pages, targets);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pack.save(out);
            return out.toByteArray();
        }
    }

    /** Each included report's pages in the pack, after {@code agendaPages} pages of notice and agenda. */
    private static Map<String, Pages> reportPages(List<Entry> entries, Map<String, PDDocument> reportOf,
            int agendaPages) {
        Map<String, Pages> pages = new HashMap<>();
        int next = agendaPages + 1;
        for (Entry entry : entries) {
            PDDocument report = reportOf.get(entry.anchor());
            if (report != null) {
                pages.put(entry.anchor(), new Pages(next, next + report.getNumberOfPages() - 1));
                next += report.getNumberOfPages();
            }
        }
        return pages;
    }

    /**
     * The pages (0-based) that the rendered notice's bookmarks point at, in order: the notice, the agenda, then
     * each agenda item's line (the template writes them so).
     */
    private static List<Integer> bookmarkPages(PDDocument notice) throws IOException {
        List<Integer> targets = new ArrayList<>();
        PDDocumentOutline outline = notice.getDocumentCatalog().getDocumentOutline();
        if (outline != null) {
            for (PDOutlineItem item : outline.children()) {
                PDPage page = item.findDestinationPage(notice);
                targets.add(page == null ? 0 : Math.max(0, notice.getPages().indexOf(page)));
            }
        }
        return targets;
    }

    private static void outline(PDDocument pack, List<Entry> entries, Map<String, Pages> pages, List<Integer> targets) {
        PDDocumentOutline outline = new PDDocumentOutline();
        outline.addLast(bookmark(pack, "Kallelse", target(targets, 0)));
        outline.addLast(bookmark(pack, "Föredragningslista", target(targets, 1)));
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            Pages report = pages.get(entry.anchor());
            int page = report != null ? report.first() - 1 : target(targets, i + 2);
            PDOutlineItem item = bookmark(pack, entry.heading(), page);
            if (report != null) {
                item.addLast(bookmark(pack, "Tjänsteutlåtande " + entry.item().getRegistryNumber(), page));
            }
            outline.addLast(item);
        }
        outline.openNode();
        pack.getDocumentCatalog().setDocumentOutline(outline);
        pack.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    private static int target(List<Integer> targets, int index) {
        return index < targets.size() ? targets.get(index) : 0;
    }

    private static PDOutlineItem bookmark(PDDocument pack, String title, int pageIndex) {
        PDPage page = pack.getPage(Math.min(pageIndex, pack.getNumberOfPages() - 1));
        PDPageFitWidthDestination destination = new PDPageFitWidthDestination();
        destination.setPage(page);
        destination.setTop((int) page.getMediaBox().getUpperRightY());
        PDOutlineItem item = new PDOutlineItem();
        item.setTitle(title);
        item.setDestination(destination);
        return item;
    }

    /** The notice and agenda as XHTML (also what the tests and a preview can read). */
    String html(Meeting meeting, List<Entry> entries, Map<String, Pages> pages) {
        Context context = new Context(SWEDISH);
        context.setVariable("meeting", meeting);
        context.setVariable("entries", entries);
        context.setVariable("pages", pages);
        context.setVariable("day", DAY.format(meeting.getDay()));
        context.setVariable("time", TIME.format(meeting.getStartsAt()));
        return templates.process(TEMPLATE, context);
    }

    private byte[] render(Meeting meeting, List<Entry> entries, Map<String, Pages> pages) {
        return ArchivalPdf.render(html(meeting, entries, pages));
    }

    private static int pageCount(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        }
    }


    private static void closeQuietly(PDDocument document) {
        try {
            document.close();
        } catch (IOException ignored) {
            // Read from memory: nothing to release that closing could fail on.
        }
    }
}
