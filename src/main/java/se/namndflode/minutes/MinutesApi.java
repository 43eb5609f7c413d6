package se.namndflode.minutes;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import se.namndflode.meeting.MeetingStatus;
import se.namndflode.shared.web.DomainException;

/**
 * The justering of a meeting's minutes as JSON (issue 8): its versions and signatures, naming the signatories,
 * signing, corrections and posting the notice, with the rules of {@link MinutesApproval} and {@link NoticeBoard}. Staff
 * and politicians read; the secretary names signatories, corrects and posts; anyone signed in may sign and the domain
 * lets only the meeting's chair and justerare (403 otherwise). Refusals are RFC 9457 problems with a Swedish
 * {@code detail}: 404 for a meeting of another municipality, 409 for justered minutes ({@code minutes-locked}), a
 * second signature or content that changed since the signer saw it (the current {@code contentHash} given), 422 for
 * a broken rule. Naming the signatories carries the meeting's {@code version} as the caller read it (the justering's
 * {@code version}): without it 400 {@code version-required}; stale, 409 {@code concurrent-change} with the justering
 * as it is now in {@code current}. The public notices are {@code /api/v1/notices}.
 */
@RestController
@RequestMapping("/api/v1/meetings/{meetingId}/minutes")
@PreAuthorize(MinutesApi.READERS)
@Tag(name = "Justering", description = "Protokollets justering, versioner och anslag")
class MinutesApi {

    static final String READERS =
            "hasAnyRole('CASE_OFFICER', 'MANAGER', 'DIRECTOR', 'REGISTRAR', 'SECRETARY', 'POLITICIAN')";
    static final String SECRETARY = "hasRole('SECRETARY')";

    private final MinutesApproval approval;
    private final NoticeBoard notices;

    MinutesApi(MinutesApproval approval, NoticeBoard notices) {
        this.approval = approval;
        this.notices = notices;
    }

    /** A signatory: the person, as chair or justerare, and, once signed, when, with which account, and the hash. */
    record SignatoryView(Long personId, String name, MinutesSignatory.Role role, OffsetDateTime signedAt,
            String signedBy, String contentHash) {

        static SignatoryView of(MinutesSignatory one) {
            return new SignatoryView(one.getPersonId(), one.getPersonName(), one.getRole(), one.getSignedAt(),
                    one.getSignedBy(), one.getContentHash());
        }
    }

    /**
     * A version: 1 the minutes, later ones corrections of {@code correctsNumber} (the secretary's note
     * {@code correction}, the paragraphs {@code correctedParagraphs}); locked with its hash, {@code justeredLate}
     * when justered after the 14th day.
     */
    record VersionView(int number, Integer correctsNumber, String correction, String correctedParagraphs,
            boolean locked, String contentHash, OffsetDateTime lockedAt, boolean justeredLate,
            List<SignatoryView> signatories, long version) {

        static VersionView of(MinutesVersion version) {
            return new VersionView(version.getNumber(), version.getCorrectsNumber(), version.getCorrection(),
                    version.getCorrectedParagraphs(), version.isLocked(), version.getContentHash(),
                    version.getLockedAt(), version.isJusteredLate(), version.getSignatories().stream()
                            .map(SignatoryView::of).toList(), version.getVersion());
        }
    }

    /** A signature (or one still to give) of a version of the minutes. */
    record SignatureView(int version, Long personId, String name, MinutesSignatory.Role role, boolean signed,
            OffsetDateTime signedAt, String signedBy, String contentHash) {
    }

    /**
     * Where the justering stands: {@code contentHash} is the SHA-256 of the content as it stands now (what a
     * signature must name), {@code lastDay} the last day of justering, and the meeting's notices; {@code version} is
     * the meeting's, to send when naming the signatories.
     */
    record JusteringView(Long meetingId, MeetingStatus status, boolean locked, String contentHash, LocalDate lastDay,
            OffsetDateTime remindedAt, List<VersionView> versions, List<NoticeFeed.Item> notices, long version) {
    }

    /** The chair (null: the board's) and the justerare, with the meeting's version as read (the justering's). */
    record SignatoriesRequest(Long chairId, List<Long> approverIds, Long version) {
    }

    record SignatureRequest(String contentHash) {
    }

    /** A correction: the secretary's note (required) and the paragraphs it corrects (optional). */
    record CorrectionRequest(String correction, List<Long> paragraphIds) {
    }

    @GetMapping("/justering")
    @Operation(summary = "Justeringen: versioner, underskrifter, innehållets SHA-256 och anslag")
    JusteringView state(@PathVariable Long meetingId) {
        return view(approval.state(meetingId));
    }

    @GetMapping("/versions")
    @Operation(summary = "Protokollets versioner (rättelser), äldst först")
    List<VersionView> versions(@PathVariable Long meetingId) {
        return approval.state(meetingId).versions().stream().map(VersionView::of).toList();
    }

    @GetMapping("/signatures")
    @Operation(summary = "Underskrifterna av varje version: vem, roll, när, med vilket konto och vilken SHA-256")
    List<SignatureView> signatures(@PathVariable Long meetingId) {
        return approval.state(meetingId).versions().stream().flatMap(version -> version.getSignatories().stream()
                .map(one -> new SignatureView(version.getNumber(), one.getPersonId(), one.getPersonName(),
                        one.getRole(), one.isSigned(), one.getSignedAt(), one.getSignedBy(), one.getContentHash())))
                .toList();
    }

    @GetMapping("/notices")
    @Operation(summary = "Sammanträdets anslag (hela protokollet, rättelser och omedelbart justerade paragrafer)")
    List<NoticeFeed.Item> meetingNotices(@PathVariable Long meetingId) {
        return notices.ofMeeting(meetingId).stream().map(NoticeFeed.Item::of).toList();
    }

    @PutMapping("/signatories")
    @PreAuthorize(SECRETARY)
    @Operation(summary = "Vem justerar: ordföranden (tom: nämndens) och justerarna; version i kroppen är "
            + "justeringens (sammanträdets) version som du läste (saknas: 400; någon annan har ändrat: 409 med "
            + "justeringen nu i current)")
    JusteringView signatories(@PathVariable Long meetingId,
            @RequestBody(required = false) SignatoriesRequest request) {
        SignatoriesRequest named = request == null ? new SignatoriesRequest(null, null, null) : request;
        try {
            return view(approval.setSignatories(meetingId, named.version(), named.chairId(), named.approverIds()));
        } catch (DomainException refusal) {
            if ("concurrent-change".equals(refusal.code())) {
                // Read afresh after the refused change rolled back: what the other named, and the version now.
                throw refusal.withProperty("current", view(approval.state(meetingId)));
            }
            throw refusal;
        }
    }

    @PostMapping("/signatures")
    @Operation(summary = "Justera protokollet med sitt eget konto (innehållets SHA-256 som man har läst)")
    JusteringView sign(@PathVariable Long meetingId, @RequestBody(required = false) SignatureRequest request) {
        return view(approval.sign(meetingId, request == null ? null : request.contentHash()));
    }

    @PostMapping("/corrections")
    @PreAuthorize(SECRETARY)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Rättelse av justerat protokoll: en ny version med egen justering")
    JusteringView correct(@PathVariable Long meetingId, @RequestBody(required = false) CorrectionRequest request) {
        return view(approval.correct(meetingId, request == null ? null : request.correction(),
                request == null ? null : request.paragraphIds()));
    }

    @PostMapping("/notice")
    @PreAuthorize(SECRETARY)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Anslå justeringen på anslagstavlan i dag")
    NoticeFeed.Item post(@PathVariable Long meetingId) {
        return NoticeFeed.Item.of(notices.post(meetingId));
    }

    private JusteringView view(MinutesApproval.State state) {
        return new JusteringView(state.meetingId(), state.status(), state.isLocked(), state.contentHash(),
                state.lastDay(), state.remindedAt(), state.versions().stream().map(VersionView::of).toList(),
                notices.ofMeeting(state.meetingId()).stream().map(NoticeFeed.Item::of).toList(),
                state.meetingVersion());
    }
}
