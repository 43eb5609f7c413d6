package se.namndflode.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import se.namndflode.IntegrationTest;
import se.namndflode.MovableClock;
import se.namndflode.SignedIn;
import se.namndflode.meeting.MeetingFixtures;
import se.namndflode.meeting.MeetingStatus;
import se.namndflode.meeting.Meetings;
import se.namndflode.meeting.MinutesFixtures;
import se.namndflode.meeting.MinutesFixtures.HeldMeeting;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.shared.web.DomainException;

/**
 * What justered minutes are once signed (issue 8, the review's findings): kept as signed and checked on every read
 * (a renamed board or person no longer alters them; altered bytes are refused, logged and audited, never served); a
 * correction prints what it corrects and its PDF the seal of its own version; the signing chair is who presided and a
 * justerare must have served; who may sign is checked before the minutes' state; signing after the 14th day is
 * flagged, not refused; a paragraph justered at the meeting is locked at once, with its own notice.
 */
@IntegrationTest
class JusteredMinutesTest {

    @Autowired
    MinutesApproval approval;
    @Autowired
    MinutesDocuments documents;
    @Autowired
    NoticeBoard noticeBoard;
    @Autowired
    Meetings meetings;
    @Autowired
    MinutesFixtures fixtures;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    MockMvc mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private MinutesApproval.State justered(HeldMeeting held) {
        MinutesApproval.State named = SignedIn.as(fixtures.secretary(),
                () -> approval.setSignatories(held.meetingId(), approval.state(held.meetingId()).meetingVersion(),
                        null, List.of(held.person("m1"))));
        sign(held, "s1", named.contentHash());
        return sign(held, "m1", named.contentHash());
    }

    private MinutesApproval.State sign(HeldMeeting held, String person, String hash) {
        return SignedIn.as(fixtures.politician(held.person(person)), () -> approval.sign(held.meetingId(), hash));
    }

    private <T> T asSecretary(java.util.function.Supplier<T> work) {
        return SignedIn.as(fixtures.secretary(), work);
    }

    private static DomainException refusal(Runnable work) {
        try {
            work.run();
        } catch (DomainException refused) {
            return refused;
        }
        throw new AssertionError("not refused");
    }

    private long audits(Long meetingId, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where entity_type = 'MEETING' and entity_id = ? "
                + "and action = ?", Long.class, meetingId.toString(), action);
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private Long boardOf(HeldMeeting held) {
        return meetings.meeting(held.meetingId()).getBoard().getId();
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingDayCalendar.STOCKHOLM);
    }

    // ---- snapshots -------------------------------------------------------------------------------------------------

    @Test
    void justeredMinutesAreServedAsSignedWhenTheBoardAndAPersonAreRenamedAfterwards() throws Exception {
        HeldMeeting held = fixtures.drafted(true);
        MinutesApproval.State locked = justered(held);
        String hash = locked.current().orElseThrow().getContentHash();
        Notice notice = asSecretary(() -> noticeBoard.post(held.meetingId()));
        Notice paragraphNotice = asSecretary(() -> noticeBoard.ofMeeting(held.meetingId())).get(0);
        String board = asSecretary(() -> meetings.meeting(held.meetingId()).getBoard().getName());

        jdbc.update("update board set name = ? where id = ?", "Omdöpta nämnden " + MeetingFixtures.unique(),
                boardOf(held));
        jdbc.update("update person set last_name = ? where id = ?", "Nyttnamn", held.person("s1"));

        String internal = asSecretary(() -> documents.render(held.meetingId(), Audience.INTERNAL));
        assertThat(MinutesApproval.hash(internal)).isEqualTo(hash);
        assertThat(internal).contains(board).contains("S1 Testsson").doesNotContain("Omdöpta nämnden")
                .doesNotContain("Nyttnamn");
        assertThat(asSecretary(() -> documents.render(held.meetingId(), Audience.PUBLIC)))
                .contains(board).doesNotContain("Omdöpta nämnden");
        assertThat(asSecretary(() -> documents.document(held.meetingId(), Audience.INTERNAL)).cover().board())
                .isEqualTo(board);
        assertThat(asSecretary(() -> documents.extract(held.meetingId(), held.paragraph(5), Audience.INTERNAL)))
                .contains(board).doesNotContain("Omdöpta nämnden");
        assertThat(pdfText(asSecretary(() -> documents.pdf(held.meetingId(), Audience.INTERNAL))))
                .contains(board).doesNotContain("Omdöpta nämnden");
        assertThat(asSecretary(() -> approval.state(held.meetingId())).contentHash()).isEqualTo(hash);
        // The public minutes on the anslagstavla, the whole and the extract justered at the meeting.
        assertThat(documents.publicMinutes(notice)).contains(board).doesNotContain("Omdöpta nämnden");
        assertThat(documents.publicMinutes(paragraphNotice)).contains("Socialnämnden antar programmet.")
                .doesNotContain("Omdöpta nämnden");
        // And the API.
        mvc.perform(get("/api/v1/meetings/{id}/minutes", held.meetingId()).with(user(fixtures.secretary())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.cover.board").value(board));
    }

    @Test
    void alteredStoredMinutesAreRefusedLoggedAndAuditedNeverServed() throws Exception {
        HeldMeeting held = fixtures.drafted(false);
        justered(held);
        Notice notice = asSecretary(() -> noticeBoard.post(held.meetingId()));
        jdbc.update("update minutes_snapshot set html = ? where meeting_id = ? and audience = 'INTERNAL'",
                "<html><body>Ett annat protokoll</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                held.meetingId());

        DomainException refused = refusal(() -> asSecretary(() -> documents.render(held.meetingId(),
                Audience.INTERNAL)));
        assertThat(refused.status()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(refused.messageKey()).isEqualTo("minutes.integrity");
        assertThat(audits(held.meetingId(), "MINUTES_INTEGRITY_FAILED")).isEqualTo(1);
        mvc.perform(get("/api/v1/meetings/{id}/minutes", held.meetingId()).with(user(fixtures.secretary())))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type", containsString("minutes-integrity")))
                .andExpect(content().string(not(containsString("Ett annat protokoll"))));
        mvc.perform(get("/sammantraden/{id}/protokoll", held.meetingId()).with(user(fixtures.secretary())))
                .andExpect(content().string(not(containsString("Ett annat protokoll"))));

        // The public version, altered in its model, likewise.
        jdbc.update("update minutes_snapshot set document_json = ? where meeting_id = ? and audience = 'PUBLIC'",
                "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), held.meetingId());
        assertThat(refusal(() -> documents.publicMinutes(notice)).messageKey()).isEqualTo("minutes.integrity");
    }

    // ---- corrections -----------------------------------------------------------------------------------------------

    @Test
    void aCorrectionPrintsWhatItCorrectsAndItsPdfTheHashOfItsOwnVersion() throws Exception {
        HeldMeeting held = fixtures.drafted(false);
        String first = justered(held).current().orElseThrow().getContentHash();
        MinutesApproval.State correcting = asSecretary(() -> approval.correct(held.meetingId(),
                "Beslutet ska gälla från den 1 januari.", List.of(held.paragraph(5))));
        String line = asSecretary(() -> documents.minutes(held.meetingId())).title()
                + ", version 1, § 5: Beslutet ska gälla från den 1 januari.";
        assertThat(asSecretary(() -> documents.render(held.meetingId(), Audience.INTERNAL)))
                .contains("Rättelse av " + line);
        sign(held, "s1", correcting.contentHash());
        String second = sign(held, "m1", correcting.contentHash()).current().orElseThrow().getContentHash();
        assertThat(second).isNotEqualTo(first);

        String latest = pdfText(asSecretary(() -> documents.pdf(held.meetingId(), Audience.INTERNAL)));
        assertThat(latest).contains("Rättelse av " + line);
        assertThat(latest.replace(" ", "")).contains("SHA-256:" + second).doesNotContain(first);
        String original = pdfText(asSecretary(() -> documents.pdf(held.meetingId(), 1, Audience.INTERNAL)));
        assertThat(original.replace(" ", "")).contains("SHA-256:" + first).doesNotContain(second);
        assertThat(original).doesNotContain("Rättelse av");
        assertThat(MinutesApproval.hash(asSecretary(() -> documents.render(held.meetingId(), 1, Audience.INTERNAL))))
                .isEqualTo(first);
        // The public notice of the correction serves the correction.
        Notice notice = asSecretary(() -> noticeBoard.post(held.meetingId()));
        assertThat(documents.publicMinutes(notice)).contains("Rättelse av " + line);
    }

    // ---- signatories -----------------------------------------------------------------------------------------------

    @Test
    void theSigningChairIsWhoPresidedTheViceChairWhenTheChairWasAbsent() {
        HeldMeeting held = fixtures.drafted(false, "s1");
        MinutesApproval.State named = asSecretary(() -> approval.setSignatories(held.meetingId(),
                approval.state(held.meetingId()).meetingVersion(), null,
                List.of(held.person("c"))));
        assertThat(named.current().orElseThrow().getSignatories())
                .extracting(MinutesSignatory::getPersonId, MinutesSignatory::getRole)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(held.person("m1"), MinutesSignatory.Role.CHAIR),
                        org.assertj.core.groups.Tuple.tuple(held.person("c"), MinutesSignatory.Role.APPROVER));
    }

    @Test
    void aJusterareOrChairWhoDidNotServeAtTheMeetingIsRefusedAndNothingIsNamed() {
        HeldMeeting held = fixtures.drafted(false, "sd");
        DomainException approver = refusal(() -> asSecretary(() -> approval.setSignatories(held.meetingId(),
                approval.state(held.meetingId()).meetingVersion(), null,
                List.of(held.person("sd")))));
        assertThat(approver.messageKey()).isEqualTo("minutes.signatories.notSeated");
        assertThat(approver.field()).isEqualTo("approverIds");
        DomainException chair = refusal(() -> asSecretary(() -> approval.setSignatories(held.meetingId(),
                approval.state(held.meetingId()).meetingVersion(),
                held.person("sd"), List.of(held.person("m1")))));
        assertThat(chair.field()).isEqualTo("chairId");
        assertThat(asSecretary(() -> approval.state(held.meetingId())).versions()).isEmpty();
    }

    @Test
    void whoMaySignIsCheckedBeforeTheStateOfTheMinutes() {
        HeldMeeting held = fixtures.drafted(false);
        MinutesApproval.State locked = justered(held);
        // Locked minutes: a signatory is told they are locked (409), anyone else that they may not sign (403).
        DomainException stranger = refusal(() -> sign(held, "sd", locked.contentHash()));
        assertThat(stranger.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(stranger.messageKey()).isEqualTo("minutes.sign.notSignatory");
        assertThat(refusal(() -> sign(held, "s1", locked.contentHash())).status()).isEqualTo(HttpStatus.CONFLICT);
        // Not yet drafted, no one named: still 403 for someone who is not a signatory.
        HeldMeeting closed = fixtures.closed(false);
        assertThat(refusal(() -> sign(closed, "sd", "0".repeat(64))).status()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void minutesSignedAfterTheFourteenthDayAreJusteredAndFlaggedLateOnThePageTheAuditAndTheNotice()
            throws Exception {
        HeldMeeting held = fixtures.drafted(false);
        MinutesApproval.State named = asSecretary(() -> approval.setSignatories(held.meetingId(),
                approval.state(held.meetingId()).meetingVersion(), null,
                List.of(held.person("m1"))));
        clock.setInstant(today().plusDays(15).atTime(9, 0).atZone(WorkingDayCalendar.STOCKHOLM).toInstant());
        mvc.perform(get("/sammantraden/{id}/protokoll/justering", held.meetingId()).with(user(fixtures.secretary())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"late-warning\"")));
        sign(held, "s1", named.contentHash());
        MinutesApproval.State locked = sign(held, "m1", named.contentHash());

        assertThat(locked.isLocked()).isTrue();
        assertThat(locked.current().orElseThrow().isJusteredLate()).isTrue();
        assertThat(meetings.meeting(held.meetingId()).getStatus()).isEqualTo(MeetingStatus.JUSTERED);
        assertThat(audits(held.meetingId(), "MINUTES_LOCKED_LATE")).isEqualTo(1);
        mvc.perform(get("/sammantraden/{id}/protokoll/justering", held.meetingId()).with(user(fixtures.secretary())))
                .andExpect(content().string(containsString("Justerat efter sista dagen för justering")));
        Notice notice = asSecretary(() -> noticeBoard.post(held.meetingId()));
        assertThat(notice.isJusteredLate()).isTrue();
        mvc.perform(get("/anslagstavla/{id}", notice.getId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"notice-late\"")));
        mvc.perform(get("/api/v1/notices/{id}", notice.getId())).andExpect(jsonPath("$.justeredLate").value(true));
    }

    // ---- a paragraph justered at the meeting ----------------------------------------------------------------------

    @Test
    void aParagraphJusteredAtTheMeetingIsLockedAtOnceAndHasItsOwnNotice() throws Exception {
        HeldMeeting held = fixtures.inSession();
        fixtures.decide(held, 6, "Socialnämnden antar programmet.");
        // Between the decision and the immediate justering, what is announced on it is recorded...
        fixtures.addStatement(held, 6, "c", "Vi välkomnar programmet.");
        fixtures.justerImmediately(held, 6);

        // ...and from the immediate justering nothing, while the meeting is still open.
        assertThat(meetings.meeting(held.meetingId()).isOpen()).isTrue();
        DomainException statement = refusal(() -> fixtures.addStatement(held, 6, "m1", "Ett uttalande för sent."));
        assertThat(statement.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(statement.messageKey()).isEqualTo("minutes.paragraphLocked");
        DomainException summary = refusal(() -> asSecretary(() -> {
            documents.setSummary(held.meetingId(), held.paragraph(6), 0L, "En annan sammanfattning");
            return null;
        }));
        assertThat(summary.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(summary.messageKey()).isEqualTo("minutes.paragraphLocked");
        assertThat(refusal(() -> fixtures.justerImmediately(held, 6)).messageKey())
                .isEqualTo("minutes.paragraphLocked");
        // Other paragraphs are not locked.
        fixtures.addStatement(held, 5, "c", "Ett uttalande om § 5.");

        List<Notice> notices = asSecretary(() -> noticeBoard.ofMeeting(held.meetingId()));
        assertThat(notices).singleElement().satisfies(notice -> {
            assertThat(notice.getParagraphs()).isEqualTo("§ 6");
            assertThat(notice.getParagraphId()).isEqualTo(held.paragraph(6));
            assertThat(notice.getPostedOn()).isEqualTo(today());
            assertThat(notice.isPartial()).isTrue();
            assertThat(notice.getMinutesTitle()).contains("Protokollsutdrag").contains("§ 6");
        });
        assertThat(fixtures.waitingIn(held.matters().get(1))).doesNotContain("AwaitMinutesApproval");
        String decision = asSecretary(() -> meetings.paragraph(held.meetingId(), held.paragraph(6))).getDecisionText();
        assertThat(decision).startsWith("Socialnämnden antar programmet.").containsIgnoringCase("omedelbart");
        // Its public extract is kept as justered: the statement made before it, and a later rename does not show.
        jdbc.update("update board set name = ? where id = ?", "Omdöpta nämnden " + MeetingFixtures.unique(),
                boardOf(held));
        assertThat(documents.publicMinutes(notices.get(0))).contains("Vi välkomnar programmet.")
                .doesNotContain("Omdöpta nämnden");
    }
}
