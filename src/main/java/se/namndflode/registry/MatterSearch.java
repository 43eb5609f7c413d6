package se.namndflode.registry;

/**
 * What to look for in the registry; every part is optional. {@code text} matches titles, document titles, the
 * sender's reference and the diarienummer ({@code SOF 2026/12}, {@code SOF-2026-12} or {@code 2026/12}).
 */
public record MatterSearch(String text, Long boardId, MatterKind kind, MatterStatus status) {
}
