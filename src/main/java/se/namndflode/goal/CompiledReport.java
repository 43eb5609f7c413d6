package se.namndflode.goal;

/**
 * A compiled follow-up report of a board for a reporting period: the tertial report (forecasts, future tense) or
 * the annual report (verksamhetsberättelse; outcomes, past tense), in the structure of Stockholm's
 * Socialnämnden's Tertialrapport 1 2024 (the seed).
 *
 * @param title the report's title, "Tertialrapport 1 2026" or "Verksamhetsberättelse 2026"
 * @param forecast true for a tertial report (it judges the forecast for the year), false for the annual report
 * @param html a complete, self-contained XHTML document (styles inline, no external resources)
 * @param pdf the same document as PDF/A-2u ({@link se.namndflode.shared.pdf.ArchivalPdf})
 * @param model the JSON-able structure: goals with rating, justification, indicator rows and activity rows
 */
public record CompiledReport(String title, boolean forecast, String html, byte[] pdf, ReportModel model) {
}
