package se.namndflode.registry;

/**
 * What to look for in the registry and in which order; every part is optional. {@code text} matches titles,
 * document titles, the sender, the sender's reference and the diarienummer ({@code SOF 2026/12},
 * {@code SOF-2026-12} or {@code 2026/12}). {@code mine}: only matters whose case officer is the user ("Mina
 * ärenden"); {@code step}: only matters waiting in that step of their process (the task's definition key, e.g.
 * {@code ReviewStaffReport}); {@code overdue}: only open matters past their answer date. {@code sort} (default
 * {@link Sort#REGISTERED}) with {@code descending} (default for REGISTERED).
 */
public record MatterSearch(String text, Long boardId, MatterKind kind, MatterStatus status, boolean mine,
        String step, boolean overdue, Sort sort, Boolean descending) {

    /** The columns of the matter list a user may sort by. */
    public enum Sort { NUMBER, TITLE, KIND, BOARD, STEP, CASE_OFFICER, ANSWER_DUE, STATUS, REGISTERED }

    /** The register's search: newest first, no filter of the matter's work. */
    public MatterSearch(String text, Long boardId, MatterKind kind, MatterStatus status) {
        this(text, boardId, kind, status, false, null, false, null, null);
    }

    public Sort sortOrDefault() {
        return sort == null ? Sort.REGISTERED : sort;
    }

    /** Newest first by default; otherwise ascending unless asked. */
    public boolean descendingOrDefault() {
        return descending == null ? sort == null || sort == Sort.REGISTERED : descending;
    }
}
