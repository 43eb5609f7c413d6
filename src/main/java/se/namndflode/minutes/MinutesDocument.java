package se.namndflode.minutes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.namndflode.meeting.MeetingRecord;
import se.namndflode.meeting.MeetingRecord.ParagraphRecord;
import se.namndflode.meeting.MeetingRecord.Serving;
import se.namndflode.meeting.ParagraphKind;
import se.namndflode.meeting.ParagraphOutcome;

/**
 * The minutes as a structured document for one audience: the cover in Stockholm's usual structure (primer 3.9) and
 * the paragraphs in the seed's (primer 3.8). What {@link MinutesRenderer} prints and the API returns.
 *
 * @param title "Protokoll nr 12/2023"
 * @param version the version of the minutes this is (1; a correction the next, primer 3.7)
 * @param audience INTERNAL (complete) or PUBLIC (confidential paragraphs withheld)
 * @param cover the cover's parts
 * @param paragraphs every paragraph in order, withheld ones with their ground
 * @param lockVersion the minutes row's version, which a change of the cover's texts must carry
 * @param correction what this version corrects (null for version 1), printed first
 */
public record MinutesDocument(Long meetingId, String title, int number, int year, int version, Audience audience,
        Cover cover, List<Section> paragraphs, long lockVersion, Correction correction) {

    /**
     * What a correction corrects, as the minutes print it: "Rättelse av Protokoll nr 12/2023, version 1, § 7: ...".
     *
     * @param version the correcting version (2..)
     * @param corrects the version it corrects
     * @param paragraphs the paragraphs it corrects ("§ 7", "§§ 5, 9"), null when not given
     * @param note what is corrected, as the secretary entered it
     */
    public record Correction(int version, int corrects, String paragraphs, String note) {

        /** The line the minutes print. */
        public String line(String title) {
            return "Rättelse av " + title + ", version " + corrects + (paragraphs == null ? "" : ", " + paragraphs)
                    + ": " + note;
        }
    }

    /** The meeting module's standard decision text of a report item (Meetings' wording). */
    static final String REPORTED_WORDING = "Anmälan läggs till handlingarna.";
    static final String NOTED_WORDING = "Nämnden lägger informationen till handlingarna.";

    /** The Swedish ground printed when a confidential matter has none recorded. */
    static final String DEFAULT_GROUND = "OSL";

    /**
     * The cover.
     *
     * @param time "kl. 18.00–20.15" (the opening and closing times; the planned start while not opened)
     * @param deciding Beslutande: "Alexander Ojanne (S), ordförande", "Anna Berg (C), ersättare för Kristin
     *        Jacobsson (C), §§ 5–9"
     * @param substitutes Ersättare (not serving): "Lars Ek (S)", with the paragraphs when not all
     * @param othersPresent Övriga närvarande as the secretary gave them, one a line
     * @param secretary who kept the minutes, printed under the secretary's signature line (null before closing)
     * @param justerare the justerare's names as given by {@link MinutesSigners} (empty until chosen)
     * @param justering "fredag 15 december 2023 kl. 10.00, Socialförvaltningen" (null when not set)
     * @param paragraphRange "§§ 1–31"
     */
    public record Cover(String municipality, String board, LocalDate day, String dayText, String time, String place,
            List<String> deciding, List<String> substitutes, List<String> absent, List<String> othersPresent,
            String secretary, String presiding, List<String> justerare, String justering, String paragraphRange) {
    }

    /**
     * One paragraph. {@code withheld}: a confidential paragraph in the public version, printed with its §, public
     * title, diarienummer and {@code withheldNotice} ("Sekretess enligt OSL 26 kap. 1 §") only.
     *
     * @param decisionNumbered whether the Beslut's points are numbered (a matter's are, as in the seed)
     * @param summaryHeading whether the summary has its heading "Sammanfattning av ärendet": a matter's, and a
     *        paragraph's with a decision; an item only reported or noted prints its text alone (the seed's §§ 29, 31)
     */
    public record Section(Long paragraphId, Integer number, String label, String title, String subtitle,
            String registryNumber, boolean withheld, String withheldNotice, List<String> decisionPoints,
            boolean decisionNumbered, String outcomeReason, String summary, List<String> proposals,
            List<String> proposition, List<MeetingRecord.VoteRecord> votes, List<String> notTakingPart,
            List<String> dissents, List<MeetingRecord.StatementRecord> statements, List<String> documents,
            boolean immediatelyJustered, boolean summaryHeading) {

        /** A paragraph the audience may read in full. */
        static Section of(ParagraphRecord paragraph) {
            return of(paragraph, null);
        }

        /**
         * A paragraph the audience may read in full, with the secretary's own Sammanfattning {@code written} (null:
         * the paragraph's own). A report item's standard wording is not printed (the seed's anmälningar, §§ 27–29,
         * have no Beslut), nor a noted item's when a text stands in its place (the seed's § 31 Övrigt: "Socialnämnden
         * hade inga övriga frågor."); a noted item without a text keeps its wording, so that no paragraph is empty.
         */
        static Section of(ParagraphRecord paragraph, String written) {
            String summary = written != null ? written : paragraph.summary();
            boolean reportedOnly = paragraph.outcome() == ParagraphOutcome.REPORTED
                    && paragraph.decisionPoints().equals(List.of(REPORTED_WORDING));
            boolean notedWithText = paragraph.outcome() == ParagraphOutcome.NOTED
                    && paragraph.decisionPoints().equals(List.of(NOTED_WORDING)) && summary != null
                    && !summary.isBlank();
            List<String> points = reportedOnly || notedWithText ? List.of()
                    : paragraph.decisionPoints().stream().map(Section::unnumbered).toList();
            return new Section(paragraph.paragraphId(), paragraph.number(), paragraph.label(), paragraph.title(),
                    paragraph.subtitle(), paragraph.registryNumber(), false, null, points,
                    paragraph.kind() == ParagraphKind.MATTER, paragraph.outcomeReason(), summary,
                    paragraph.proposals(), paragraph.proposition(), paragraph.votes(), paragraph.notTakingPart(),
                    paragraph.dissents(), paragraph.statements(),
                    paragraph.documents().stream().map(MeetingRecord.DocumentRecord::line).toList(),
                    paragraph.immediatelyJustered(), paragraph.kind() == ParagraphKind.MATTER || !points.isEmpty());
        }

        /** A confidential paragraph withheld: § number, public title and diarienummer, with the ground. */
        static Section withheld(ParagraphRecord paragraph) {
            String ground = paragraph.confidentialityGround() == null || paragraph.confidentialityGround().isBlank()
                    ? DEFAULT_GROUND : paragraph.confidentialityGround().strip();
            return new Section(paragraph.paragraphId(), paragraph.number(), paragraph.label(),
                    paragraph.publicTitle(), null, paragraph.registryNumber(), true, "Sekretess enligt " + ground,
                    List.of(), false, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), paragraph.immediatelyJustered(), false);
        }

        /** A decision point typed with its own number ("1. Socialnämnden ...") is numbered by the minutes. */
        private static String unnumbered(String point) {
            return point.replaceFirst("^\\d{1,2}\\.\\s+", "");
        }

        /** Whether the paragraph has a Yrkanden section (and so, in the seed, a Propositionsordning). */
        public boolean hasProposals() {
            return !proposals.isEmpty();
        }
    }

    /** The paragraph range of the minutes: "§§ 1–31", "§ 5". */
    static String range(List<ParagraphRecord> paragraphs) {
        List<Integer> numbers = new ArrayList<>();
        paragraphs.stream().map(ParagraphRecord::number).filter(java.util.Objects::nonNull).forEach(numbers::add);
        if (numbers.isEmpty()) {
            return "";
        }
        int first = numbers.get(0);
        int last = numbers.get(numbers.size() - 1);
        return first == last ? "§ " + first : "§§ " + first + "–" + last;
    }

    /** "Anna Berg (C), ersättare för Kristin Jacobsson (C), §§ 5–9". */
    static String line(Serving serving) {
        StringBuilder line = new StringBuilder(serving.person().display());
        if (serving.role() != null) {
            line.append(", ").append(serving.role());
        }
        if (serving.servesFor() != null) {
            line.append(", ersättare för ").append(serving.servesFor().display());
        }
        if (serving.paragraphs() != null) {
            line.append(", ").append(serving.paragraphs());
        }
        return line.toString();
    }
}
