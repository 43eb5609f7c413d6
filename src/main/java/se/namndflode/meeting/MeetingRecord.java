package se.namndflode.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A held meeting as its minutes (protokoll) print it, read from what the secretary recorded in the console: never
 * typed twice. Immutable; every text is the finished Swedish sentence of the seed Protokoll nr 12/2023 (primer 3.3–3.9,
 * {@link MinutesWording}). Built by {@link MeetingRecords#record(Long)}.
 *
 * <p>The record is complete, confidential paragraphs included (it is what the internal minutes and their hash are
 * made of); {@link ParagraphRecord#confidential()} with {@link ParagraphRecord#confidentialityGround()} tells a public
 * rendering what to withhold, and {@link ParagraphRecord#readerEntitled()} whether the signed-in reader may see it.
 *
 * @param municipality the municipality's name ("Stockholms stad")
 * @param day the meeting's day, Europe/Stockholm
 * @param openedAt when the chair opened the meeting (null before)
 * @param closedAt when the meeting was closed (null while open)
 * @param justeringAt the time set for justering (null when not set)
 * @param secretary who kept the minutes (the secretary who closed the meeting), as "Eva Sekreterare"; null before
 * @param presiding who presided (the chair, else the vice chair), as "Alexander Ojanne (S)"; null when no one served
 * @param attendance the cover's Beslutande and Ersättare
 * @param paragraphs the paragraphs in agenda order
 */
public record MeetingRecord(Long meetingId, String municipalityCode, String municipality, Long boardId, String board,
        LocalDate day, LocalTime startsAt, String place, MeetingStatus status, OffsetDateTime openedAt,
        OffsetDateTime closedAt, OffsetDateTime justeringAt, String justeringPlace, String secretary, String presiding,
        AttendanceRecord attendance, List<ParagraphRecord> paragraphs) {

    public MeetingRecord {
        paragraphs = List.copyOf(paragraphs);
    }

    /** Whether the signed-in reader may see every confidential paragraph's content. */
    public boolean readerEntitledToAll() {
        return paragraphs.stream().allMatch(ParagraphRecord::readerEntitled);
    }

    /**
     * A person as the minutes name them.
     *
     * @param display "Kristin Jacobsson (C)"
     */
    public record Person(Long personId, String name, String party, String display) {
    }

    /**
     * A person who served (tjänstgjorde) in at least one paragraph.
     *
     * @param role "ordförande", "vice ordförande" or null
     * @param servesFor the member a substitute served for (null for a member in the own seat)
     * @param paragraphs where the person served when not in every paragraph, e.g. "§§ 1–7" or "§§ 5, 8–9"; null
     *        when in all
     */
    public record Serving(Person person, String role, Person servesFor, String paragraphs) {
    }

    /**
     * The cover's attendance.
     *
     * @param deciding Beslutande: the members who served, then the serving substitutes (each with for whom)
     * @param substitutes Ersättare: substitutes present who did not serve (in the paragraphs given, null: at all)
     * @param absentMembers members who were not present at any paragraph
     */
    public record AttendanceRecord(List<Serving> deciding, List<Serving> substitutes, List<Person> absentMembers) {
    }

    /**
     * One omröstning.
     *
     * @param lines the voteringsproposition, the tally, the chair's utslagsröst when used, the result
     * @param rollCall each voting person's vote by name: "Kristin Jacobsson (C), ersättare för Anna Berg (C): nej"
     * @param counterProposal whether it chose the motförslag (kontrapropositionsvotering)
     */
    public record VoteRecord(List<String> lines, List<String> rollCall, int yes, int no, int abstain,
            boolean castingVote, boolean counterProposal) {
    }

    /**
     * A särskilt uttalande: the heading sentence ("Jan Jönsson (L) lämnade ett särskilt uttalande:") and its text.
     */
    public record StatementRecord(String heading, String text) {
    }

    /**
     * A document of the matter as "Handlingar i ärendet" lists it: "SOF 2023/409-3 Tjänsteutlåtande - Remiss av
     * Motion om ...".
     */
    public record DocumentRecord(String number, String type, String title, String line) {
    }

    /**
     * One paragraph (§) of the minutes, in the seed's structure (primer 3.8).
     *
     * @param number the § number (null before the agenda was set)
     * @param title the full title (also of a confidential matter; see {@link MeetingRecord})
     * @param publicTitle what the public sees of a confidential matter's title
     * @param subtitle "Svar på remiss från kommunstyrelsen, Dnr KS 2023/769" (null when none)
     * @param confidentialityGround the ground of secrecy, e.g. "OSL 26 kap. 1 §" (null when not confidential)
     * @param decisionPoints the Beslut as numbered points, the immediate justering's wording last when given
     * @param summary Sammanfattning av ärendet (the approved tjänsteutlåtande's summary; null when none)
     * @param proposals the Yrkanden, each a finished text (its att-satser and argument on their own lines)
     * @param proposition the Propositionsordning's sentences
     * @param votes the omröstningar in the order held
     * @param notTakingPart "Gabriel Kroon (SD) deltog inte i beslutet." (empty when none)
     * @param dissents the Reservationer's sentences
     * @param documents Handlingar i ärendet, in number order
     * @param readerEntitled whether the signed-in reader may see this paragraph's content (always true unless
     *        confidential; false for a confidential one without a signed-in reader)
     */
    public record ParagraphRecord(Long paragraphId, Integer number, String label, ParagraphKind kind, String title,
            String publicTitle, String registryNumber, String subtitle, boolean confidential,
            String confidentialityGround, ParagraphOutcome outcome, List<String> decisionPoints,
            boolean immediatelyJustered, String outcomeReason, String summary, List<String> proposals,
            List<String> proposition, List<VoteRecord> votes, List<String> notTakingPart, List<String> dissents,
            List<StatementRecord> statements, List<DocumentRecord> documents, boolean readerEntitled) {

        public ParagraphRecord {
            decisionPoints = List.copyOf(decisionPoints);
            proposals = List.copyOf(proposals);
            proposition = List.copyOf(proposition);
            votes = List.copyOf(votes);
            notTakingPart = List.copyOf(notTakingPart);
            dissents = List.copyOf(dissents);
            statements = List.copyOf(statements);
            documents = List.copyOf(documents);
        }
    }
}
