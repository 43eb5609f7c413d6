package se.namndflode.meeting;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.meeting.ConsoleFixtures.OpenMeeting;
import se.namndflode.meeting.MeetingConsole.DecisionInput;
import se.namndflode.meeting.MeetingConsole.ProposalInput;
import se.namndflode.registry.DocumentDirection;
import se.namndflode.registry.DocumentForm;
import se.namndflode.registry.DocumentType;
import se.namndflode.registry.FileContent;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterForm;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * A meeting held today and recorded through the console's services (so every rule of the console applies), for
 * the minutes' tests: ConsoleFixtures' board (13 members; C absent, her substitute serving; an S substitute present
 * without serving), § 1 and § 2 decided, § 5 a remiss from kommunstyrelsen (Dnr KS 2023/769) with two documents, a
 * bifall and a yrkande of M joined by SD, a 7–6 vote, M's and SD's reservation and L's särskilt uttalande, § 6 a
 * confidential matter (OSL 26 kap. 1 §) decided on a 6–6 tie by the chair's utslagsröst and justered at once (in
 * the wording "Paragrafen förklaras omedelbart justerad.", not the board's default); the
 * justering set, the meeting closed.
 */
@TestComponent
@Import(ConsoleFixtures.class)
public class RecordedMeetingFixtures {

    public static final String REFERRAL_TITLE = "Motion om kommunöverskridande samarbete för skyddade boenden";
    public static final String SECRET_TITLE = "Ansökan om LVU för barnet Hemlig Åström";
    public static final String SUMMARY = "Kommunstyrelsen har remitterat en motion om skyddade boenden.\n\n"
            + "Förvaltningen föreslår att socialnämnden godkänner tjänsteutlåtandet som svar på remissen.";
    public static final String ARGUMENT = "Var man bor i Sverige ska inte påverka huruvida man vågar lämna en "
            + "våldsam relation.";
    public static final String STATEMENT = "Liberalerna välkomnar förvaltningens svar på remissen.";

    /** The recorded meeting: ids of the meeting and its paragraphs (by § number), persons by ConsoleFixtures' keys. */
    public record Recorded(Long meetingId, Long boardId, Map<Integer, Long> paragraphs, Map<String, Long> persons,
            Matter referral, Matter secret) {

        public Long paragraph(int number) {
            return paragraphs.get(number);
        }
    }

    private final ConsoleFixtures console;
    private final MeetingFixtures meetingFixtures;
    private final MeetingConsole meetingConsole;
    private final Meetings meetings;
    private final Registry registry;
    private final JdbcTemplate jdbc;

    RecordedMeetingFixtures(ConsoleFixtures console, MeetingFixtures meetingFixtures, MeetingConsole meetingConsole,
            Meetings meetings, Registry registry, JdbcTemplate jdbc) {
        this.console = console;
        this.meetingFixtures = meetingFixtures;
        this.meetingConsole = meetingConsole;
        this.meetings = meetings;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    public Recorded recorded() {
        OpenMeeting open = console.openMeeting(boardId -> List.of(referral(boardId),
                meetingFixtures.awaitingAgenda(boardId, MatterKind.REPORT, SECRET_TITLE, true)));
        Matter referral = open.matters().get(0);
        Matter secret = open.matters().get(1);
        console.approvedReport(referral, "Socialnämnden godkänner förvaltningens tjänsteutlåtande som svar på "
                + "remissen.");
        jdbc.update("update staff_report_version set summary = ? where staff_report_id = (select id from staff_report "
                + "where matter_id = ?)", SUMMARY, referral.getId());
        Long meetingId = open.meetingId();
        for (String key : List.of("s1", "s2", "s3", "s4", "v1", "v2", "mp", "l", "m1", "m2", "m3", "sd", "subC1",
                "subS1")) {
            meetingConsole.recordChange(meetingId, meetingConsole.attendance(meetingId).version(),
                    new AttendanceChange(open.person(key), AttendanceChange.Movement.ARRIVED, null));
        }
        decide(open, 1, List.of("Den utsända dagordningen godkändes"), false);
        decide(open, 2, List.of("Ordföranden S1 Testsson (S) och vice ordföranden M1 Testsson (M) utsågs att "
                + "justera dagens protokoll."), false);

        proposal(open, 5, new ProposalInput(ProposalKind.APPROVE, ids(open, "s1", "s2", "v1", "mp"), List.of(),
                List.of(), null, null));
        proposal(open, 5, new ProposalInput(ProposalKind.OWN, ids(open, "m1", "m2"), ids(open, "sd"),
                List.of("avslå förvaltningens förslag till beslut", "socialnämnden tillstyrker motionen"), ARGUMENT,
                null));
        finding(open, 5);
        vote(open, 5, List.of("s1", "s2", "s3", "s4", "v1", "v2", "mp"), List.of("l", "m1", "m2", "m3", "subC1",
                "sd"), List.of());
        decide(open, 5, null, false);
        meetingConsole.addDissent(meetingId, open.paragraph(5), version(open, 5), ids(open, "m1", "m2", "sd"), 2,
                null);
        meetingConsole.addStatement(meetingId, open.paragraph(5), version(open, 5), ids(open, "l"), STATEMENT);

        proposal(open, 6, new ProposalInput(ProposalKind.APPROVE, ids(open, "s1"), List.of(), List.of(), null, null));
        proposal(open, 6, new ProposalInput(ProposalKind.REJECT, ids(open, "m1"), List.of(), List.of(), null, null));
        finding(open, 6);
        vote(open, 6, List.of("s1", "s2", "s3", "s4", "v1", "v2"), List.of("l", "m1", "m2", "m3", "subC1", "sd"),
                List.of("mp"));
        decide(open, 6, List.of("Nämnden beslutar i enlighet med förvaltningens förslag.",
                "Paragrafen förklaras omedelbart justerad."), true);

        meetings.setJustering(meetingId, meetings.versionNow(meetingId),
                LocalDate.now(WorkingDayCalendar.STOCKHOLM).plusDays(3)
                .atTime(LocalTime.of(10, 0)).atZone(WorkingDayCalendar.STOCKHOLM).toOffsetDateTime(),
                "Socialförvaltningen, Swedenborgsgatan 20");
        meetingFixtures.recordStandardItems(meetings, meetingId);
        meetings.close(meetingId);
        return new Recorded(meetingId, open.boardId(), open.paragraphs(), open.persons(), referral, secret);
    }

    /** A remiss from kommunstyrelsen waiting in its agenda step, with the motion (-1) and the tjänsteutlåtande (-2). */
    private Matter referral(Long boardId) {
        MatterForm form = new MatterForm();
        form.setBoardId(boardId);
        form.setKind(MatterKind.REFERRAL);
        form.setTitle(REFERRAL_TITLE);
        form.setSender("kommunstyrelsen");
        form.setSenderReference("KS 2023/769");
        form.setAnswerDue(LocalDate.now().plusMonths(6));
        form.setCaseOfficerId(jdbc.queryForObject("select id from user_account where username = 'handlaggare'",
                Long.class));
        Matter matter = registry.registerMatter(form);
        document(matter, DocumentType.OTHER, REFERRAL_TITLE);
        document(matter, DocumentType.STAFF_REPORT, "Remiss av " + REFERRAL_TITLE);
        meetingFixtures.complete(matter, "PrepareStaffReport", Map.of());
        meetingFixtures.complete(matter, "ReviewStaffReport", Map.of("reviewOutcome", "APPROVED"));
        meetingFixtures.complete(matter, "ApproveForBoard", Map.of("approvalOutcome", "APPROVED"));
        return matter;
    }

    private void document(Matter matter, DocumentType type, String title) {
        DocumentForm document = new DocumentForm();
        document.setType(type);
        document.setDirection(DocumentDirection.INTERNAL);
        document.setTitle(title);
        document.setDate(LocalDate.now(WorkingDayCalendar.STOCKHOLM));
        registry.registerDocument(matter.getId(), document, new FileContent("handling.pdf", "application/pdf",
                blankPdf()));
    }

    private static byte[] blankPdf() {
        try (PDDocument pdf = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pdf.addPage(new PDPage());
            pdf.save(out);
            return out.toByteArray();
        } catch (java.io.IOException failure) {
            throw new IllegalStateException(failure);
        }
    }

    private long version(OpenMeeting open, int number) {
        return meetingConsole.paragraph(open.meetingId(), open.paragraph(number)).version();
    }

    private static List<Long> ids(OpenMeeting open, String... keys) {
        return java.util.Arrays.stream(keys).map(open::person).toList();
    }

    private void proposal(OpenMeeting open, int number, ProposalInput input) {
        meetingConsole.addProposal(open.meetingId(), open.paragraph(number), version(open, number), input);
    }

    private void finding(OpenMeeting open, int number) {
        meetingConsole.recordFinding(open.meetingId(), open.paragraph(number), version(open, number),
                QuestionKind.MAIN, "ADMINISTRATION");
    }

    private void vote(OpenMeeting open, int number, List<String> yes, List<String> no, List<String> abstain) {
        meetingConsole.demandVote(open.meetingId(), open.paragraph(number), version(open, number), 1,
                open.person("m1"), null, false);
        for (String key : yes) {
            meetingConsole.castBallot(open.meetingId(), open.paragraph(number), version(open, number), 1,
                    open.person(key), BallotChoice.YES);
        }
        for (String key : no) {
            meetingConsole.castBallot(open.meetingId(), open.paragraph(number), version(open, number), 1,
                    open.person(key), BallotChoice.NO);
        }
        for (String key : abstain) {
            meetingConsole.castBallot(open.meetingId(), open.paragraph(number), version(open, number), 1,
                    open.person(key), BallotChoice.ABSTAIN);
        }
        meetingConsole.closeVote(open.meetingId(), open.paragraph(number), version(open, number), 1);
    }

    private void decide(OpenMeeting open, int number, List<String> points, boolean immediately) {
        meetingConsole.decide(open.meetingId(), open.paragraph(number), version(open, number),
                new DecisionInput(points, null, immediately, null, null));
    }

    // ---- a part of the seed Protokoll nr 12/2023, recorded with its own names ----------------------------------

    /** The seed's titles of its §§ 7, 8, 12 and 14, by the seed's number. */
    public static final Map<Integer, String> SEED_TITLES = Map.of(
            7, "Remiss av Betänkandet Ökat informationsflöde till brottsbekämpningen – En ny huvudregel (SOU 2023:69)",
            8, "Remiss av Utredningen om författningsberedskap inför framtida pandemier",
            12, "Genomlysning av Stockholms stads användning av sociala lägenheter inklusive utredning om boenden för "
                    + "komplexa målgrupper",
            14, "Stockholms stads handlingsplan för en hållbar arbetssituation inom socialtjänsten");

    /**
     * The seed's §§ 7, 8, 12 and 14 recorded through the console with the seed's persons (the board's members
     * renamed before anything is recorded: S, V and M have two members each, so "m.fl."), their yrkanden, att-satser,
     * propositionsordning, reservations and statement, and the seed's decision points. {@code paragraphs} maps the
     * seed's § number to this meeting's paragraph id (they are §§ 5–8 here). The argument texts are stand-ins: the
     * fixture keeps only their first words.
     */
    public Recorded seedExcerpt(Map<Integer, List<String>> decisions) {
        OpenMeeting open = console.openMeeting(boardId -> List.of(7, 8, 12, 14).stream()
                .map(number -> meetingFixtures.awaitingAgenda(boardId, SEED_TITLES.get(number))).toList());
        String[][] names = {{"s1", "Alexander", "Ojanne"}, {"s2", "Sara", "Ström"}, {"v1", "Rashid", "Mohammed"},
            {"v2", "Vera", "Lind"}, {"mp", "Magnus", "Runsten"}, {"l", "Jan", "Jönsson"}, {"m1", "Andrea", "Hedin"},
            {"m2", "Mats", "Berg"}, {"c", "Kristin", "Jacobsson"}, {"sd", "Gabriel", "Kroon"}};
        for (String[] name : names) {
            jdbc.update("update person set first_name = ?, last_name = ? where id = ?", name[1], name[2],
                    open.person(name[0]));
        }
        Long meetingId = open.meetingId();
        for (String key : ConsoleFixtures.MEMBERS) {
            meetingConsole.recordChange(meetingId, meetingConsole.attendance(meetingId).version(),
                    new AttendanceChange(open.person(key), AttendanceChange.Movement.ARRIVED, null));
        }
        // § 7: bifall; M's own yrkande joined by SD; M and SD reserve for "det egna yrkandet".
        proposal(open, 5, new ProposalInput(ProposalKind.APPROVE, ids(open, "s1", "s2", "v1", "v2", "mp", "l", "c"),
                List.of(), List.of(), null, null));
        proposal(open, 5, new ProposalInput(ProposalKind.OWN, ids(open, "m1", "m2"), ids(open, "sd"), List.of(
                "avslå förvaltningens förslag till beslut", "socialnämnden följande svar på kommunstyrelsens remiss av "
                        + "betänkandet Ökat informationsflöde till brottsbekämpningen - En ny huvudregel (SOU 2023:69)"),
                "Den organiserade brottsligheten som plågar vårt samhälle är både allvarlig och systemhotande.", null));
        finding(open, 5);
        decide(open, 5, decisions.get(7), false);
        meetingConsole.addDissent(meetingId, open.paragraph(5), version(open, 5), ids(open, "m1", "m2", "sd"), 2,
                null);
        // § 8: the joint yrkande of C, L and M, and their joint reservation.
        proposal(open, 6, new ProposalInput(ProposalKind.APPROVE, ids(open, "s1", "s2", "v1", "v2", "mp", "sd"),
                List.of(), List.of(), null, null));
        proposal(open, 6, new ProposalInput(ProposalKind.REJECT, ids(open, "c", "l", "m1", "m2"), List.of(),
                List.of("avslå förvaltningens förslag till beslut", "som svar på remissen anföra följande:"),
                "Sverige och världen har nyligen genomgått en hundraårspandemi.", null));
        finding(open, 6);
        decide(open, 6, decisions.get(8), false);
        meetingConsole.addDissent(meetingId, open.paragraph(6), version(open, 6), ids(open, "c", "l", "m1", "m2"), 2,
                null);
        // § 12: no yrkanden; a joint särskilt uttalande of L, M and C.
        decide(open, 7, decisions.get(12), false);
        meetingConsole.addStatement(meetingId, open.paragraph(7), version(open, 7), ids(open, "l", "m1", "m2", "c"),
                "Förvaltningen har genomfört en god genomlysning av stadens samtliga sociala lägenheter.");
        // § 14: återremiss moved by L, M and C: the chair first asks whether the matter is decided today.
        proposal(open, 8, new ProposalInput(ProposalKind.APPROVE, ids(open, "s1", "s2", "v1", "v2", "mp", "sd"),
                List.of(), List.of(), null, null));
        proposal(open, 8, new ProposalInput(ProposalKind.REFER_BACK, ids(open, "l", "m1", "m2", "c"), List.of(),
                List.of("återremittera ärendet", "revidera handlingsplanen enligt vad som nedan anförs:"),
                "Vi ser att handlingsplanen innehåller många förtjänstfulla och goda delar.",
                "Handlingsplanen behöver revideras."));
        meetingConsole.recordFinding(meetingId, open.paragraph(8), version(open, 8), QuestionKind.DECIDE_TODAY,
                "TODAY");
        decide(open, 8, decisions.get(14), false);
        meetingConsole.addDissent(meetingId, open.paragraph(8), version(open, 8), ids(open, "l", "m1", "m2", "c"), 2,
                null);
        meetingFixtures.recordStandardItems(meetings, meetingId);
        meetings.close(meetingId);
        return new Recorded(meetingId, open.boardId(), Map.of(7, open.paragraph(5), 8, open.paragraph(6), 12,
                open.paragraph(7), 14, open.paragraph(8)), open.persons(), open.matters().get(0),
                open.matters().get(1));
    }
}
