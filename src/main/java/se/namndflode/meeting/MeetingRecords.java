package se.namndflode.meeting;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.matter.StaffReport;
import se.namndflode.matter.StaffReportVersion;
import se.namndflode.matter.StaffReports;
import se.namndflode.meeting.MeetingRecord.AttendanceRecord;
import se.namndflode.meeting.MeetingRecord.DocumentRecord;
import se.namndflode.meeting.MeetingRecord.ParagraphRecord;
import se.namndflode.meeting.MeetingRecord.Person;
import se.namndflode.meeting.MeetingRecord.Serving;
import se.namndflode.meeting.MeetingRecord.StatementRecord;
import se.namndflode.organisation.BoardRole;
import se.namndflode.organisation.Organisation;
import se.namndflode.registry.Document;
import se.namndflode.registry.DocumentType;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterEntry;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * The recorded meeting as the minutes print it ({@link MeetingRecord}), for the minutes capability: read-only.
 * The meeting must belong to one of the caller's municipalities ("not found" otherwise, {@code notFound.meeting});
 * who may read which audience of the minutes is the minutes capability's call.
 *
 * <p>The record is the same whoever reads it (it is what the minutes' hash is made of): a confidential matter's
 * sender, ground, summary and documents are read from the registry without the reader's limits, and each paragraph
 * says whether the reader is entitled to it ({@link ParagraphRecord#readerEntitled()}).
 */
@Service
@Transactional(readOnly = true)
public class MeetingRecords {

    private static final Map<DocumentType, String> DOCUMENT_TYPES = Map.of(DocumentType.STAFF_REPORT,
            "Tjänsteutlåtande", DocumentType.ATTACHMENT, "Bilaga", DocumentType.REFERRAL, "Remiss",
            DocumentType.INQUIRY, "Skrivelse", DocumentType.MINUTES_EXTRACT, "Protokollsutdrag", DocumentType.LETTER,
            "Brev", DocumentType.DECISION, "Beslut");

    private final Meetings meetings;
    private final Organisation organisation;
    private final AttendanceSheetRepository sheets;
    private final ParagraphHandlingRepository handlings;
    private final StaffReports staffReports;
    private final Registry registry;
    private final MeetingAccess access;

    MeetingRecords(Meetings meetings, Organisation organisation, AttendanceSheetRepository sheets,
            ParagraphHandlingRepository handlings, StaffReports staffReports, Registry registry,
            MeetingAccess access) {
        this.access = access;
        this.meetings = meetings;
        this.organisation = organisation;
        this.sheets = sheets;
        this.handlings = handlings;
        this.staffReports = staffReports;
        this.registry = registry;
    }

    /**
     * The meeting as its minutes print it; "not found" for a meeting of another municipality, and for a politician
     * one of a board they hold no seat in (as the meeting pages).
     */
    public MeetingRecord record(Long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        if (se.namndflode.shared.security.CurrentUser.get().isPresent()) {
            access.requireRead(meeting);
        }
        List<Paragraph> agenda = meetings.paragraphs(meetingId);
        Roster roster = Roster.of(organisation.composition(meeting.getBoard(), meeting.getDay()));
        Attendance attendance = attendance(meeting, agenda, roster);
        Map<Long, ParagraphHandling> byParagraph = handlings.findByMeetingId(meetingId).stream()
                .collect(Collectors.toMap(ParagraphHandling::getParagraphId, handling -> handling));
        Set<Long> entitled = entitledMatters(agenda);
        OffsetDateTime documentsUntil = meeting.getClosedAt() != null ? meeting.getClosedAt()
                : meeting.getDay().plusDays(1).atStartOfDay(WorkingDayCalendar.STOCKHOLM).toOffsetDateTime();
        List<ParagraphRecord> paragraphs = new ArrayList<>();
        for (Paragraph item : agenda) {
            paragraphs.add(paragraph(meeting, item, byParagraph.get(item.getId()), documentsUntil,
                    !item.isConfidential() || entitled.contains(item.getMatterId())));
        }
        String presiding = attendance.servingLists().stream().map(ServingList::presiding)
                .filter(java.util.Objects::nonNull).findFirst().map(PersonRef::display).orElse(null);
        return new MeetingRecord(meeting.getId(), meeting.getMunicipalityCode(),
                meeting.getBoard().getMunicipality().getName(), meeting.getBoard().getId(),
                meeting.getBoard().getName(), meeting.getDay(), meeting.getStartsAt(), meeting.getPlace(),
                meeting.getStatus(), meeting.getOpenedAt(), meeting.getClosedAt(), meeting.getJusteringAt(),
                meeting.getJusteringPlace(), meeting.getSecretaryName(), presiding, attendance(attendance, roster), paragraphs);
    }

    /**
     * Checks that the signed-in reader may read the meeting's record (as {@link #record}, without building it):
     * "not found" for a meeting of another municipality, and for a politician one of a board they hold no seat in.
     */
    public void requireReadable(Long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        if (se.namndflode.shared.security.CurrentUser.get().isPresent()) {
            access.requireRead(meeting);
        }
    }

    /**
     * Runs {@code read} as the public reads (no signed-in reader): for what is public by design, the posted
     * notice's public minutes, which no one's access to the meeting may narrow. The caller must ask only for the
     * public version.
     */
    public static <T> T asPublic(Supplier<T> read) {
        return unrestricted(read);
    }

    /**
     * Who presided at the meeting (the person's id): the chair, or when the chair did not serve the vice chair (the
     * first paragraph's presiding member, as the cover's {@link MeetingRecord#presiding()}); empty when no one
     * served. The same reader checks as {@link #record}.
     */
    public Optional<Long> presidingPersonId(Long meetingId) {
        requireReadable(meetingId);
        Meeting meeting = meetings.meeting(meetingId);
        Roster roster = Roster.of(organisation.composition(meeting.getBoard(), meeting.getDay()));
        return attendance(meeting, meetings.paragraphs(meetingId), roster).servingLists().stream()
                .map(ServingList::presiding).filter(java.util.Objects::nonNull).findFirst()
                .map(PersonRef::personId);
    }

    private Attendance attendance(Meeting meeting, List<Paragraph> agenda, Roster roster) {
        List<AgendaRef> refs = agenda.stream().map(item -> new AgendaRef(item.getId(), label(item))).toList();
        AttendanceSheet sheet = sheets.findById(meeting.getId()).orElse(null);
        return sheet == null ? new Attendance(roster, refs, List.of(), List.of(), List.of())
                : new Attendance(roster, refs, sheet.getChanges(), sheet.getRecusals(), sheet.getSubstitutions());
    }

    // ---- attendance --------------------------------------------------------------------------------------------

    private static AttendanceRecord attendance(Attendance attendance, Roster roster) {
        List<ServingList> lists = attendance.servingLists();
        List<AgendaRef> agenda = attendance.agenda();
        // Who served where, and for whom (a substitute may serve for different members in different paragraphs).
        Map<List<Long>, List<Integer>> servedAt = new LinkedHashMap<>();
        Map<Long, PersonRef> persons = new LinkedHashMap<>();
        for (int index = 0; index < lists.size(); index++) {
            for (ServingPerson serving : lists.get(index).serving()) {
                persons.put(serving.personId(), serving.person());
                if (serving.servesFor() != null) {
                    persons.put(serving.servesFor().personId(), serving.servesFor());
                }
                servedAt.computeIfAbsent(java.util.Arrays.asList(serving.personId(),
                        serving.servesFor() == null ? null : serving.servesFor().personId()),
                        key -> new ArrayList<>()).add(index);
            }
        }
        List<Serving> deciding = new ArrayList<>();
        for (SeatHolder member : roster.members()) {
            List<Integer> at = servedAt.get(java.util.Arrays.asList(member.personId(), null));
            if (at != null) {
                deciding.add(new Serving(person(member.person()), role(member.role()), null,
                        range(at, agenda, lists.size())));
            }
        }
        for (SeatHolder member : roster.members()) {
            for (SeatHolder substitute : roster.substitutes()) {
                List<Integer> at = servedAt.get(java.util.Arrays.asList(substitute.personId(), member.personId()));
                if (at != null) {
                    deciding.add(new Serving(person(substitute.person()), null, person(member.person()),
                            range(at, agenda, lists.size())));
                }
            }
        }
        List<Serving> substitutes = new ArrayList<>();
        for (SeatHolder substitute : roster.substitutes()) {
            List<Integer> notServing = new ArrayList<>();
            for (int index = 0; index < lists.size(); index++) {
                if (lists.get(index).presentNotServing().stream()
                        .anyMatch(person -> person.personId().equals(substitute.personId()))) {
                    notServing.add(index);
                }
            }
            if (!notServing.isEmpty()) {
                substitutes.add(new Serving(person(substitute.person()), null, null,
                        range(notServing, agenda, lists.size())));
            }
        }
        List<Person> absent = roster.members().stream()
                .filter(member -> agenda.stream().noneMatch(ref -> attendance.isPresent(member.personId(),
                        ref.paragraphId())))
                .map(member -> person(member.person())).toList();
        return new AttendanceRecord(deciding, substitutes, absent);
    }

    /** Null when in every paragraph; else "§ 5", "§§ 1–7", "§§ 1–4, 7–9". */
    static String range(List<Integer> indexes, List<AgendaRef> agenda, int count) {
        if (indexes.size() == count) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= indexes.size(); i++) {
            if (i == indexes.size() || indexes.get(i) != indexes.get(i - 1) + 1) {
                String from = number(agenda.get(indexes.get(start)));
                String to = number(agenda.get(indexes.get(i - 1)));
                parts.add(from.equals(to) ? from : from + "–" + to);
                start = i;
            }
        }
        boolean single = parts.size() == 1 && !parts.get(0).contains("–");
        return (single ? "§ " : "§§ ") + String.join(", ", parts);
    }

    private static String number(AgendaRef ref) {
        return ref.label().startsWith("§ ") ? ref.label().substring(2) : ref.label();
    }

    private static String role(BoardRole role) {
        if (role == BoardRole.CHAIR) {
            return "ordförande";
        }
        return role == BoardRole.VICE_CHAIR ? "vice ordförande" : null;
    }

    private static Person person(PersonRef person) {
        return person == null ? null : new Person(person.personId(), person.name(), person.partyCode(),
                person.display());
    }

    // ---- paragraphs -------------------------------------------------------------------------------------------

    private ParagraphRecord paragraph(Meeting meeting, Paragraph item, ParagraphHandling handling,
            OffsetDateTime documentsUntil, boolean readerEntitled) {
        Optional<Matter> matter = item.isMatter()
                ? Optional.of(unrestricted(() -> registry.matter(item.getMatterId()))) : Optional.empty();
        List<String> proposals = List.of();
        MinutesWording.Sections sections = new MinutesWording.Sections(List.of(), List.of());
        List<String> notTakingPart = List.of();
        List<String> dissents = List.of();
        List<StatementRecord> statements = List.of();
        if (handling != null) {
            proposals = handling.active().stream().map(MinutesWording::proposal).toList();
            sections = MinutesWording.sections(handling, item.getOutcome() == ParagraphOutcome.DECIDED
                    && item.getKind() == ParagraphKind.MATTER && handling.active().stream()
                            .noneMatch(proposal -> proposal.getKind().isSubstantiveAlternative()));
            notTakingPart = MinutesWording.notTakingPart(handling.getNotTakingPart()).stream().toList();
            dissents = handling.getDissents().stream().map(dissent -> MinutesWording.dissent(dissent, handling))
                    .toList();
            statements = handling.getStatements().stream().map(statement -> new StatementRecord(
                    MinutesWording.statement(statement), statement.getText())).toList();
        }
        List<String> points = item.getDecisionText() == null ? List.of()
                : item.getDecisionText().lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
        return new ParagraphRecord(item.getId(), item.getNumber(), label(item), item.getKind(), item.getTitle(),
                item.getPublicTitle(), item.getRegistryNumber(), matter.map(MeetingRecords::subtitle).orElse(null),
                item.isConfidential(), item.isConfidential() ? matter.map(Matter::getConfidentialityGround)
                        .orElse(null) : null,
                item.getOutcome(), points, item.isImmediatelyJustered(), item.getOutcomeReason(),
                item.getKind() == ParagraphKind.MATTER ? summary(item.getMatterId()) : null, proposals,
                sections.proposition(), sections.votes(), notTakingPart, dissents, statements,
                matter.map(found -> documents(found, documentsUntil)).orElse(List.of()), readerEntitled);
    }

    /** "Svar på remiss från kommunstyrelsen, Dnr KS 2023/769"; "Svar på skrivelse från Sverigedemokraterna". */
    static String subtitle(Matter matter) {
        if (matter.getSender() == null || matter.getSender().isBlank()) {
            return null;
        }
        String reference = matter.getSenderReference() == null || matter.getSenderReference().isBlank() ? ""
                : ", Dnr " + matter.getSenderReference().strip();
        if (matter.getKind() == MatterKind.REFERRAL) {
            return "Svar på remiss från " + matter.getSender().strip() + reference;
        }
        if (matter.getKind() == MatterKind.INQUIRY) {
            return "Svar på skrivelse från " + matter.getSender().strip();
        }
        return null;
    }

    private String summary(Long matterId) {
        return unrestricted(() -> staffReports.find(matterId)).map(StaffReport::getVersions).orElse(List.of())
                .stream().filter(StaffReportVersion::isApprovedVersion).findFirst()
                .map(StaffReportVersion::getSummary).filter(text -> !text.isBlank()).orElse(null);
    }

    /**
     * Handlingar i ärendet: the matter's documents registered before the meeting closed (so that the minutes do not
     * change when e.g. the extract is registered afterwards), extracts of minutes left out.
     */
    private List<DocumentRecord> documents(Matter matter, OffsetDateTime until) {
        return unrestricted(() -> registry.documents(matter.getId())).stream()
                .filter(document -> document.getType() != DocumentType.MINUTES_EXTRACT)
                .filter(document -> document.getRegisteredAt() == null || !document.getRegisteredAt().isAfter(until))
                .map(MeetingRecords::document).toList();
    }

    /** "SOF 2023/409-3 Tjänsteutlåtande - Remiss av ...": the type unless the title already starts with it. */
    static DocumentRecord document(Document document) {
        String type = DOCUMENT_TYPES.get(document.getType());
        String title = document.getTitle();
        boolean typed = type != null && !title.toLowerCase(Locale.ROOT).startsWith(type.toLowerCase(Locale.ROOT));
        String number = document.getNumber().toString();
        return new DocumentRecord(number, type, title, number + " " + (typed ? type + " - " : "") + title);
    }

    /**
     * The confidential matters of the agenda the signed-in reader is entitled to; none without a signed-in reader
     * (the public, e.g. the anslagstavla's link to the minutes).
     */
    private Set<Long> entitledMatters(Collection<Paragraph> agenda) {
        if (se.namndflode.shared.security.CurrentUser.get().isEmpty()) {
            return Set.of();
        }
        List<Long> confidential = agenda.stream().filter(Paragraph::isConfidential).map(Paragraph::getMatterId)
                .toList();
        return registry.entries(confidential).stream().filter(entry -> !entry.restricted()).map(MatterEntry::id)
                .collect(Collectors.toSet());
    }

    /**
     * Reads what the minutes print of a matter whatever the reader's rights: the minutes are one document (and one
     * hash) for all; what a reader may see of it is decided when it is shown.
     */
    private static <T> T unrestricted(Supplier<T> read) {
        SecurityContext reader = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(SecurityContextHolder.createEmptyContext());
        try {
            return read.get();
        } finally {
            SecurityContextHolder.setContext(reader);
        }
    }

    private static String label(Paragraph item) {
        return item.getLabel() != null ? item.getLabel() : "punkt " + item.getPosition();
    }
}
