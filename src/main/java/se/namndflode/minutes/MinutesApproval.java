package se.namndflode.minutes;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.orm.jpa.EntityManagerFactoryUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.namndflode.meeting.Meeting;
import se.namndflode.meeting.MeetingRecord;
import se.namndflode.meeting.MeetingRecords;
import se.namndflode.meeting.MeetingStatus;
import se.namndflode.meeting.Meetings;
import se.namndflode.organisation.BoardComposition;
import se.namndflode.organisation.BoardRole;
import se.namndflode.organisation.BoardSeat;
import se.namndflode.organisation.Organisation;
import se.namndflode.shared.audit.AuditLog;
import se.namndflode.shared.security.CurrentUser;
import se.namndflode.shared.security.SignedInUser;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.shared.web.DomainException;
import se.namndflode.shared.web.TextLimits;

/**
 * The justering of a meeting's minutes (primer 3.7; KL 5 kap. 69 § via 6 kap. 35 §, KL 8 kap.): the secretary names
 * the signatories (the meeting's chair, by default the person who presided, and the justerare chosen under the
 * standard item, each of whom served at the meeting); each signs with their own account the content as it stands
 * ({@link MinutesDocuments#live}), by its SHA-256; when all have signed the version is locked with that hash, its
 * documents are kept as signed ({@link MinutesSnapshots}), the meeting becomes JUSTERED and nothing it recorded
 * changes any more (the console refuses every change). Signing after the 14th day is flagged late, not refused. A correction is a new version with the same signatories and its own justering;
 * both versions are kept, and the later one says what it corrects. Every refusal is a {@link DomainException} with a
 * Swedish message and changes nothing; every change is audited under the meeting ({@link Meetings#ENTITY}). Roles
 * are checked at the pages and the API (the secretary names signatories and corrects; anyone signed in may try to
 * sign, and the domain lets only a signatory).
 */
@Service
@Transactional
public class MinutesApproval {

    private final Meetings meetings;
    private final Organisation organisation;
    private final MinutesVersionRepository versions;
    private final MinutesDocuments documents;
    private final MinutesSnapshots snapshots;
    private final MeetingRecords records;
    private final AuditLog audit;
    private final Clock clock;
    private final EntityManager entities;

    MinutesApproval(Meetings meetings, Organisation organisation, MinutesVersionRepository versions,
            MinutesDocuments documents, MinutesSnapshots snapshots, MeetingRecords records, AuditLog audit,
            Clock clock, EntityManager entities) {
        this.documents = documents;
        this.snapshots = snapshots;
        this.records = records;
        this.entities = entities;
        this.meetings = meetings;
        this.organisation = organisation;
        this.versions = versions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Where the justering of a meeting's minutes stands.
     *
     * @param meetingId    the meeting
     * @param versions     every version, oldest first (empty before the signatories are named)
     * @param contentHash  the SHA-256 (hex) of the content as it stands now: what a signer signs
     * @param lastDay      the last day of justering (14 days after the meeting)
     * @param remindedAt   when the meeting process reminded of the justering, if it has
     * @param meetingVersion the meeting's version, which naming the signatories carries as the secretary saw it
     */
    public record State(Long meetingId, MeetingStatus status, List<MinutesVersion> versions, String contentHash,
            LocalDate lastDay, OffsetDateTime remindedAt, long meetingVersion) {

        /** The latest version, if any. */
        public Optional<MinutesVersion> current() {
            return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
        }

        /** Whether the minutes (their first version) are justered and locked. */
        public boolean isLocked() {
            return !versions.isEmpty() && versions.get(0).isLocked();
        }
    }

    /** The state of the meeting's justering ("not found" for a meeting of another municipality). */
    @Transactional(readOnly = true)
    public State state(Long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        List<MinutesVersion> all = versions.findByMeetingIdOrderByNumberAsc(meeting.getId());
        return new State(meeting.getId(), meeting.getStatus(), all, hash(documents.content(meeting.getId())),
                lastDay(meeting), meeting.getJusteringRemindedAt(), meeting.getVersion());
    }

    /**
     * Names who signs the current version: the chair ({@code chairId}; null: the person who presided at the
     * meeting, the vice chair when the chair did not serve, else the board's chair on the meeting's day) and the
     * justerare, each a member or substitute of the board on the meeting's day who served (was seated) at the
     * meeting (primer 3.7: the justerare are chosen among those present). Starts version 1 when there is none.
     * Refused: a person without a seat on the board that day ({@code minutes.signatories.noSeat}) or who did not
     * serve at the meeting ({@code minutes.signatories.notSeated}; field {@code approverIds}/{@code chairId}), no
     * justerare, a board without a chair when none is given and no one presided, signatories of a version someone
     * has signed or that is locked. {@code seenVersion} is the meeting's ({@link State#meetingVersion}) as the secretary
     * saw it: without it 400 {@code version-required}; when someone else changed the meeting meanwhile (named other
     * signatories, set the justering), 409 {@code concurrent-change} ({@link Meetings#changing}); nothing changes.
     */
    public State setSignatories(Long meetingId, Long seenVersion, Long chairId, List<Long> approverIds) {
        Meeting meeting = meetings.changing(meetingId, seenVersion);
        if (approverIds == null || approverIds.isEmpty()) {
            throw DomainException.invalid("approverIds", "minutes.signatories.approverRequired");
        }
        BoardComposition composition = organisation.composition(meeting.getBoard(), meeting.getDay());
        List<BoardSeat> seats = new ArrayList<>(composition.members());
        seats.addAll(composition.substitutes());
        MeetingRecord record = records.record(meeting.getId());
        Set<Long> seated = new java.util.HashSet<>();
        record.attendance().deciding().forEach(serving -> seated.add(serving.person().personId()));
        Long chair = chairId != null ? chairId : records.presidingPersonId(meeting.getId())
                .orElseGet(() -> composition.members().stream()
                        .filter(seat -> seat.getBoardRole() == BoardRole.CHAIR).map(seat -> seat.getPerson().getId())
                        .findFirst()
                        .orElseThrow(() -> DomainException.invalid("chairId", "minutes.signatories.noChair")));
        List<MinutesSignatory> chosen = new ArrayList<>();
        chosen.add(new MinutesSignatory(chair, nameOf(seats, chair, "chairId"), MinutesSignatory.Role.CHAIR, 1));
        requireSeated(seated, chair, chosen.get(0).getPersonName(), "chairId");
        Set<Long> approvers = new LinkedHashSet<>(approverIds);
        approvers.remove(chair);
        for (Long approver : approvers) {
            if (approver == null) {
                throw DomainException.invalid("approverIds", "validation.required");
            }
            chosen.add(new MinutesSignatory(approver, nameOf(seats, approver, "approverIds"),
                    MinutesSignatory.Role.APPROVER, chosen.size() + 1));
            requireSeated(seated, approver, chosen.get(chosen.size() - 1).getPersonName(), "approverIds");
        }
        MinutesVersion version = versions.findFirstByMeetingIdOrderByNumberDesc(meeting.getId()).orElse(null);
        if (version != null && version.isLocked()) {
            throw locked(meeting);
        }
        if (version != null && version.isSigningStarted()) {
            throw DomainException.invalid(null, "minutes.signatories.signingStarted");
        }
        if (version == null) {
            version = versions.save(new MinutesVersion(meeting.getId(), meeting.getMunicipalityCode(), 1, null, null,
                    OffsetDateTime.now(clock), actor()));
        }
        version.signatories(chosen);
        audit.record("MINUTES_SIGNATORIES", Meetings.ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                "Protokollet (version " + version.getNumber() + ") justeras av " + String.join(", ",
                        chosen.stream().map(MinutesSignatory::getPersonName).toList()), null);
        // The meeting's version moves on with the signatories (what the next secretary's change is checked against),
        // written now so that the state answered gives the version to send next.
        meetings.touch(meeting.getId());
        versions.flush();
        return state(meetingId);
    }

    /**
     * The signed-in person signs the current version, whose content they saw by its SHA-256 ({@code contentHash}).
     * Signatures of an earlier content (written reservations came in between) are void and must be given again.
     * When every signatory has signed the content as it stands, the version is locked and its documents kept as
     * signed ({@link MinutesSnapshots}); the first version makes the meeting JUSTERED (its process then waits for the
     * notice). Who may sign is checked before anything else: someone who is not a signatory of this meeting's
     * current version (none named yet included) is refused 403 whatever state the minutes are in. Then refused: a
     * locked version (409), minutes not yet drafted (422), signing twice (409), content that changed since the
     * signer saw it (409). Signing after the last day of justering (14 days after the meeting, KL 5 kap. 69 §) is a
     * duty missed, not a bar: the signature and the version are flagged late (audited, shown, on the notice).
     */
    public State sign(Long meetingId, String contentHash) {
        Meeting meeting = meetings.meeting(meetingId);
        SignedInUser user = CurrentUser.require();
        MinutesVersion version = versions.findFirstByMeetingIdOrderByNumberDesc(meeting.getId()).orElse(null);
        MinutesSignatory named = version == null ? null : version.getSignatories().stream()
                .filter(one -> user.getPersonId() != null && one.getPersonId().equals(user.getPersonId()))
                .findFirst().orElse(null);
        if (named == null) {
            throw DomainException.forbidden("minutes.sign.notSignatory");
        }
        // Signatures of one version one at a time: a version-checked update now, so that of two signing at the same
        // moment the second waits for the first and fails (409) instead of neither seeing the other and the
        // minutes never locking; signing again then sees the first signature.
        claim(version);
        if (version.isLocked()) {
            throw locked(meeting);
        }
        if (version.getNumber() == 1 && meeting.getStatus() != MeetingStatus.MINUTES_DRAFTED) {
            throw DomainException.invalid(null, "minutes.sign.notDrafted");
        }
        MinutesSignatory signatory = version.getSignatories().stream()
                .filter(one -> one.getPersonId().equals(named.getPersonId())).findFirst().orElseThrow();
        LocalDate today = today();
        boolean late = version.getNumber() == 1 && today.isAfter(lastDay(meeting));
        MinutesSnapshots.Rendition internal = documents.live(meeting.getId(), Audience.INTERNAL);
        String current = hash(internal.html());
        if (signatory.isSigned() && current.equals(signatory.getContentHash())) {
            throw new DomainException(HttpStatus.CONFLICT, "minutes-signed-twice", null, "minutes.sign.twice",
                    signatory.getSignedAt().atZoneSameInstant(WorkingDayCalendar.STOCKHOLM).toLocalDate().toString());
        }
        if (contentHash == null || !current.equals(contentHash.strip().toLowerCase(java.util.Locale.ROOT))) {
            throw new DomainException(HttpStatus.CONFLICT, "minutes-content-changed", "contentHash",
                    "minutes.sign.contentChanged").withProperty("contentHash", current);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (MinutesSignatory other : version.getSignatories()) {
            if (other.isSigned() && !current.equals(other.getContentHash())) {
                other.signed(null, null, null);
                audit.record("MINUTES_SIGNATURE_VOID", Meetings.ENTITY, meeting.getId(),
                        meeting.getMunicipalityCode(), "Underskriften av " + other.getPersonName()
                                + " gäller ett tidigare innehåll och ska ges igen", null);
            }
        }
        String lateNote = late ? " (efter sista dag för justering " + lastDay(meeting) + ")" : "";
        signatory.signed(now, user.getUsername(), current);
        audit.record("MINUTES_SIGNED", Meetings.ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                "Protokollet (version " + version.getNumber() + ") justerat av " + signatory.getPersonName()
                        + lateNote + ", SHA-256 " + current, null);
        if (version.getSignatories().stream().allMatch(MinutesSignatory::isSigned)) {
            version.locked(current, now, late);
            snapshots.storeVersion(version, Audience.INTERNAL, internal);
            snapshots.storeVersion(version, Audience.PUBLIC, documents.live(meeting.getId(), Audience.PUBLIC));
            audit.record(late ? "MINUTES_LOCKED_LATE" : "MINUTES_LOCKED", Meetings.ENTITY, meeting.getId(),
                    meeting.getMunicipalityCode(), "Protokollet (version " + version.getNumber()
                            + ") är justerat och låst" + lateNote + ", SHA-256 " + current, null);
            if (version.getNumber() == 1) {
                meetings.minutesJustered(meeting.getId(), today);
            }
        }
        versions.flush();
        return state(meetingId);
    }

    /** As {@link #correct(Long, String, List)} without naming the paragraphs. */
    public State correct(Long meetingId, String correction) {
        return correct(meetingId, correction, List.of());
    }

    /**
     * Begins a correction of justered minutes: a new version, with the same signatories, that says what it
     * corrects ({@code correction}, the secretary's note, required; {@code paragraphIds} the paragraphs it corrects,
     * optional) and prints it first: "Rättelse av Protokoll nr 12/2023, version 1, § 7: ...". Justered on its own.
     * Refused: minutes not yet justered, a correction already being justered, a paragraph not of this meeting
     * ({@code notFound.paragraph}).
     */
    public State correct(Long meetingId, String correction, List<Long> paragraphIds) {
        Meeting meeting = meetings.meeting(meetingId);
        String what = correction == null || correction.isBlank() ? null : correction.strip();
        if (what == null) {
            throw DomainException.invalid("correction", "validation.required");
        }
        TextLimits.requireAtMost(what, 4000, "correction");
        MinutesVersion latest = versions.findFirstByMeetingIdOrderByNumberDesc(meeting.getId())
                .filter(MinutesVersion::isLocked)
                .orElseThrow(() -> DomainException.invalid(null, "minutes.correction.notJustered"));
        if (!meeting.getStatus().isLocked()) {
            throw DomainException.invalid(null, "minutes.correction.notJustered");
        }
        String corrected = correctedParagraphs(meeting.getId(), paragraphIds);
        MinutesVersion next = versions.save(new MinutesVersion(meeting.getId(), meeting.getMunicipalityCode(),
                latest.getNumber() + 1, latest.getNumber(), what, OffsetDateTime.now(clock), actor()));
        next.correctedParagraphs(corrected);
        List<MinutesSignatory> same = new ArrayList<>();
        for (MinutesSignatory one : latest.getSignatories()) {
            same.add(new MinutesSignatory(one.getPersonId(), one.getPersonName(), one.getRole(), one.getPosition()));
        }
        next.signatories(same);
        audit.record("MINUTES_CORRECTION", Meetings.ENTITY, meeting.getId(), meeting.getMunicipalityCode(),
                "Rättelse av protokollet (version " + next.getNumber() + " rättar version " + latest.getNumber()
                        + (corrected == null ? "" : ", " + corrected) + "): " + what, null);
        return state(meetingId);
    }

    /**
     * For every edit of the minutes' own content (the document's texts): refused with 409 {@code minutes-locked}
     * once the minutes are justered, and while they are being signed (a signature names the content it saw; the
     * secretary edits before naming the signatories, or after a correction is begun). "Not found" for a meeting of
     * another municipality.
     */
    @Transactional(readOnly = true)
    public void requireEditable(Long meetingId) {
        Meeting meeting = meetings.meeting(meetingId);
        MinutesVersion latest = versions.findFirstByMeetingIdOrderByNumberDesc(meeting.getId()).orElse(null);
        boolean locked = latest == null ? meeting.getStatus().isLocked() : latest.isLocked();
        if (locked) {
            throw locked(meeting);
        }
        if (latest != null && latest.isSigningStarted()) {
            throw DomainException.invalid(null, "minutes.signatories.signingStarted");
        }
    }

    private void claim(MinutesVersion version) {
        try {
            entities.lock(version, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        } catch (RuntimeException failure) {
            DataAccessException translated = EntityManagerFactoryUtils.convertJpaAccessExceptionIfPossible(failure);
            throw translated != null ? translated : failure;
        }
    }

    /** "§ 7", "§§ 5, 9" of the paragraphs a correction names; null for none. */
    private String correctedParagraphs(Long meetingId, List<Long> paragraphIds) {
        if (paragraphIds == null || paragraphIds.isEmpty()) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        for (Long paragraphId : new LinkedHashSet<>(paragraphIds)) {
            var item = meetings.paragraph(meetingId, paragraphId);
            labels.add(item.getLabel() == null ? "punkt " + item.getPosition() : item.getLabel());
        }
        if (labels.size() == 1) {
            return labels.get(0);
        }
        return "§§ " + String.join(", ", labels.stream().map(label -> label.replaceFirst("^§\\s*", "")).toList());
    }

    private static void requireSeated(Set<Long> seated, Long personId, String name, String field) {
        if (!seated.contains(personId)) {
            throw DomainException.invalid(field, "minutes.signatories.notSeated", name);
        }
    }

    /** The SHA-256 of the content's UTF-8 bytes, as 64 lower-case hex digits. */
    static String hash(String content) {
        return hash(content.getBytes(StandardCharsets.UTF_8));
    }

    /** The SHA-256 of the bytes, as 64 lower-case hex digits. */
    static String hash(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException missing) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", missing);
        }
    }

    static DomainException locked(Meeting meeting) {
        return new DomainException(HttpStatus.CONFLICT, "minutes-locked", null, "minutes.locked",
                meeting.getDay().toString());
    }

    private static String nameOf(List<BoardSeat> seats, Long personId, String field) {
        return seats.stream().map(BoardSeat::getPerson).filter(person -> person.getId().equals(personId))
                .map(person -> person.getFullName()).findFirst()
                .orElseThrow(() -> DomainException.invalid(field, "minutes.signatories.noSeat"));
    }

    private static LocalDate lastDay(Meeting meeting) {
        return meeting.getDay().plus(Meetings.JUSTERING_AT_MOST_AFTER);
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.STOCKHOLM));
    }

    private static String actor() {
        return CurrentUser.get().map(SignedInUser::getUsername).orElse(AuditLog.SYSTEM);
    }
}
