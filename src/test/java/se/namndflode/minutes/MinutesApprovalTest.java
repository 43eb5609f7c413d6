package se.namndflode.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.EngineJobs;
import se.namndflode.IntegrationTest;
import se.namndflode.Interleaving;
import se.namndflode.MovableClock;
import se.namndflode.SignedIn;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.meeting.Meeting;
import se.namndflode.meeting.MeetingFixtures;
import se.namndflode.meeting.MeetingStatus;
import se.namndflode.meeting.Paragraph;
import se.namndflode.meeting.ParagraphOutcome;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterKind;
import se.namndflode.meeting.Meetings;
import se.namndflode.meeting.MinutesFixtures;
import se.namndflode.meeting.MinutesFixtures.HeldMeeting;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.tasks.TaskFilter;
import se.namndflode.tasks.TaskList;
import se.namndflode.tasks.TaskRow;
import se.namndflode.shared.web.DomainException;

/**
 * MinutesApproval of a meeting's minutes through {@link MinutesApproval} and the notice through {@link NoticeBoard}: the chair
 * and the justerare sign in turn with their own accounts and the minutes lock with the SHA-256 of their content;
 * every refusal of the issue (not a signatory, twice, changed content, too late, before the draft, any change once
 * locked, a notice before justering) changes nothing; a correction is a version of its own; posting the notice moves
 * each decided matter's process on with the day of posting.
 */
@IntegrationTest
class MinutesApprovalTest {

    @Autowired
    MinutesApproval approval;
    @Autowired
    NoticeBoard noticeBoard;
    @Autowired
    Meetings meetings;
    @Autowired
    MinutesFixtures fixtures;
    @Autowired
    BoardMatterProcess matterProcess;
    @Autowired
    MovableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EngineJobs engineJobs;
    @Autowired
    TaskList taskList;
    @Autowired
    MeetingFixtures meetingFixtures;
    @Autowired
    MinutesDocuments documents;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired
    se.namndflode.organisation.Accounts accounts;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private MinutesApproval.State namedSignatories(HeldMeeting held) {
        return SignedIn.as(fixtures.secretary(),
                () -> approval.setSignatories(held.meetingId(), approval.state(held.meetingId()).meetingVersion(),
                        null, List.of(held.person("m1"))));
    }

    private MinutesApproval.State sign(HeldMeeting held, String person, String hash) {
        return SignedIn.as(fixtures.politician(held.person(person)), () -> approval.sign(held.meetingId(), hash));
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

    /** The activities of the tasks in the secretary's group list for the meeting's board. */
    private List<String> groupTasks(HeldMeeting held) {
        Long board = meetings.meeting(held.meetingId()).getBoard().getId();
        return SignedIn.as(fixtures.secretary(), () -> taskList.group(new TaskFilter(board, null, null, null), 0)
                .getContent()).stream().map(TaskRow::activityId).toList();
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingDayCalendar.STOCKHOLM);
    }

    @Test
    void theChairAndTheJusterareSignInTurnAndTheMinutesLockWithTheHashOfTheirContent() {
        HeldMeeting held = fixtures.drafted(false);
        MinutesApproval.State named = namedSignatories(held);
        MinutesVersion first = named.current().orElseThrow();
        assertThat(first.getSignatories()).extracting(MinutesSignatory::getPersonId, MinutesSignatory::getRole)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(held.person("s1"), MinutesSignatory.Role.CHAIR),
                        org.assertj.core.groups.Tuple.tuple(held.person("m1"), MinutesSignatory.Role.APPROVER));
        assertThat(named.contentHash()).matches("[0-9a-f]{64}");

        // The document's cover names the justerare, and what is signed is the document's content.
        assertThat(SignedIn.as(fixtures.secretary(), () -> documents.document(held.meetingId(), Audience.INTERNAL))
                .cover().justerare()).containsExactly("M1 Testsson (M)");
        assertThat(named.contentHash()).isEqualTo(MinutesApproval.hash(SignedIn.as(fixtures.secretary(),
                () -> documents.content(held.meetingId()))));
        MinutesApproval.State half = sign(held, "m1", named.contentHash());
        assertThat(half.isLocked()).isFalse();
        assertThat(meetings.meeting(held.meetingId()).getStatus()).isEqualTo(MeetingStatus.MINUTES_DRAFTED);
        assertThat(meetings.waitingIn(held.meetingId())).containsExactly("AwaitJustering");

        MinutesApproval.State locked = sign(held, "s1", named.contentHash());
        MinutesVersion version = locked.current().orElseThrow();
        assertThat(locked.isLocked()).isTrue();
        assertThat(version.getContentHash()).isEqualTo(named.contentHash());
        assertThat(version.getSignatories()).allSatisfy(signatory -> {
            assertThat(signatory.getSignedAt()).isNotNull();
            assertThat(signatory.getContentHash()).isEqualTo(named.contentHash());
        });
        assertThat(version.getSignatories()).extracting(MinutesSignatory::getSignedBy)
                .containsExactly("ledamot-" + held.person("s1"), "ledamot-" + held.person("m1"));
        assertThat(meetings.meeting(held.meetingId()).getStatus()).isEqualTo(MeetingStatus.JUSTERED);
        assertThat(meetings.waitingIn(held.meetingId())).containsExactly("PostNotice");
        assertThat(audits(held.meetingId(), "MINUTES_SIGNED")).isEqualTo(2);
        assertThat(audits(held.meetingId(), "MINUTES_LOCKED")).isEqualTo(1);
    }

    @Test
    void ofTwoSigningAtTheSameMomentTheSecondIsRefusedAndSigningAgainLocksTheMinutes() throws Exception {
        HeldMeeting held = fixtures.drafted(false);
        MinutesApproval.State named = namedSignatories(held);
        // The second waits for the first and is refused (409 at the edges), not left thinking it was not last.
        assertThatThrownBy(() -> Interleaving.whileUncommitted(transactions,
                () -> sign(held, "s1", named.contentHash()), () -> sign(held, "m1", named.contentHash())))
                .isInstanceOf(org.springframework.dao.OptimisticLockingFailureException.class);
        MinutesApproval.State last = sign(held, "m1", named.contentHash());
        assertThat(last.isLocked()).isTrue();
        assertThat(meetings.meeting(held.meetingId()).getStatus()).isEqualTo(MeetingStatus.JUSTERED);
        assertThat(audits(held.meetingId(), "MINUTES_SIGNED")).isEqualTo(2);
    }

    @Test
    void theJusteredMinutesPdfIsPdfAAndPrintsTheSealWithTheHashWhileTheSignedContentStaysTheSame() throws Exception {
        HeldMeeting held = fixtures.drafted(false);
        MinutesApproval.State named = namedSignatories(held);
        sign(held, "s1", named.contentHash());
        sign(held, "m1", named.contentHash());

        byte[] pdf = SignedIn.as(fixtures.secretary(), () -> documents.pdf(held.meetingId(), Audience.INTERNAL));
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
        try (org.verapdf.pdfa.PDFAParser parser = org.verapdf.pdfa.Foundries.defaultInstance().createParser(
                new java.io.ByteArrayInputStream(pdf), org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B);
                org.verapdf.pdfa.PDFAValidator validator = org.verapdf.pdfa.Foundries.defaultInstance()
                        .createValidator(org.verapdf.pdfa.flavours.PDFAFlavour.PDFA_2_B, false)) {
            assertThat(validator.validate(parser).isCompliant()).isTrue();
        }
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", "");
            assertThat(text).contains("SHA-256:" + named.contentHash()).contains("Justerat" + today());
        }
        assertThat(SignedIn.as(fixtures.secretary(), () -> approval.state(held.meetingId())).contentHash())
                .isEqualTo(named.contentHash());
    }

    @Test
    void signingIsRefusedToOthersTwiceOnChangedContentAndBeforeTheDraftAndChangesNothing() {
        HeldMeeting held = fixtures.closed(false);
        MinutesApproval.State named = namedSignatories(held);
        SignedIn.as(fixtures.secretary(), () -> {
            approval.requireEditable(held.meetingId());
            return null;
        });
        // Not drafted yet.
        assertThat(refusal(() -> sign(held, "s1", named.contentHash())).messageKey())
                .isEqualTo("minutes.sign.notDrafted");
        SignedIn.as(fixtures.secretary(), () -> {
            meetings.minutesDrafted(held.meetingId());
            return null;
        });
        // Someone who is not a signatory of this meeting.
        DomainException notSignatory = refusal(() -> sign(held, "sd", named.contentHash()));
        assertThat(notSignatory.status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(notSignatory.messageKey()).isEqualTo("minutes.sign.notSignatory");
        // Content the signer did not see.
        DomainException changed = refusal(() -> sign(held, "s1", "0".repeat(64)));
        assertThat(changed.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(changed.messageKey()).isEqualTo("minutes.sign.contentChanged");
        // Twice.
        sign(held, "s1", named.contentHash());
        DomainException twice = refusal(() -> sign(held, "s1", named.contentHash()));
        assertThat(twice.messageKey()).isEqualTo("minutes.sign.twice");
        // Signatories are fixed once signing began.
        assertThat(refusal(() -> namedSignatories(held)).messageKey())
                .isEqualTo("minutes.signatories.signingStarted");

        MinutesApproval.State after = SignedIn.as(fixtures.secretary(), () -> approval.state(held.meetingId()));
        assertThat(after.isLocked()).isFalse();
        assertThat(after.current().orElseThrow().getSignatories()).filteredOn(MinutesSignatory::isSigned)
                .extracting(MinutesSignatory::getPersonId).containsExactly(held.person("s1"));
        assertThat(audits(held.meetingId(), "MINUTES_SIGNED")).isEqualTo(1);
    }

    @Test
    void aSignatoryMustBeOnTheBoardAndAJusterareIsRequired() {
        HeldMeeting held = fixtures.closed(false);
        assertThat(refusal(() -> SignedIn.as(fixtures.secretary(),
                () -> approval.setSignatories(held.meetingId(), approval.state(held.meetingId()).meetingVersion(),
                        null, List.of()))).field())
                .isEqualTo("approverIds");
        Long stranger = fixtures.drafted(false).person("m1");
        assertThat(refusal(() -> SignedIn.as(fixtures.secretary(),
                () -> approval.setSignatories(held.meetingId(), approval.state(held.meetingId()).meetingVersion(),
                        null, List.of(stranger)))).messageKey())
                .isEqualTo("minutes.signatories.noSeat");
        assertThat(SignedIn.as(fixtures.secretary(), () -> approval.state(held.meetingId())).versions()).isEmpty();
    }

    @Test
    void justeredMinutesRefuseEveryChangeAndANoticeBeforeJusteringIsRefused() {
        HeldMeeting held = fixtures.drafted(false);
        MinutesApproval.State named = namedSignatories(held);
        DomainException early = refusal(() -> SignedIn.as(fixtures.secretary(),
                () -> noticeBoard.post(held.meetingId())));
        assertThat(early.messageKey()).isEqualTo("notice.notJustered");
        sign(held, "s1", named.contentHash());
        sign(held, "m1", named.contentHash());
        long statements = audits(held.meetingId(), "STATEMENT_RECORDED");

        DomainException ownEdit = refusal(() -> SignedIn.as(fixtures.secretary(), () -> {
            approval.requireEditable(held.meetingId());
            return null;
        }));
        assertThat(ownEdit.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(ownEdit.messageKey()).isEqualTo("minutes.locked");
        DomainException documentEdit = refusal(() -> SignedIn.as(fixtures.secretary(), () -> documents
                .setOthersPresent(held.meetingId(), documents.minutes(held.meetingId()).getLockVersion(),
                        "Någon i efterhand")));
        assertThat(documentEdit.messageKey()).isEqualTo("minutes.locked");
        DomainException console = refusal(() -> fixtures.addStatement(held, 5, "c", "Ett uttalande i efterhand."));
        assertThat(console.status()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(console.messageKey()).isEqualTo("minutes.locked");
        assertThat(refusal(() -> SignedIn.as(fixtures.secretary(), () -> {
            meetings.setJustering(held.meetingId(), meetings.versionNow(held.meetingId()),
                    java.time.OffsetDateTime.now(), "Rummet");
            return null;
        })).messageKey()).isEqualTo("meeting.justering.minutesDrafted");
        assertThat(refusal(() -> sign(held, "s1", named.contentHash())).messageKey()).isEqualTo("minutes.locked");
        assertThat(refusal(() -> SignedIn.as(fixtures.secretary(),
                () -> approval.setSignatories(held.meetingId(), approval.state(held.meetingId()).meetingVersion(),
                        null, List.of(held.person("c"))))).messageKey())
                .isEqualTo("minutes.locked");

        MinutesApproval.State after = SignedIn.as(fixtures.secretary(), () -> approval.state(held.meetingId()));
        assertThat(after.contentHash()).isEqualTo(named.contentHash());
        assertThat(audits(held.meetingId(), "STATEMENT_RECORDED")).isEqualTo(statements);
    }

    @Test
    void postingTheNoticeGivesEachDecidedMatterTheDayOfPostingAndEndsTheMeetingProcess() {
        HeldMeeting held = fixtures.drafted(false);
        held.matters().forEach(matter ->
                assertThat(fixtures.waitingIn(matter)).containsExactly("AwaitMinutesApproval"));
        MinutesApproval.State named = namedSignatories(held);
        sign(held, "s1", named.contentHash());
        sign(held, "m1", named.contentHash());
        held.matters().forEach(matter ->
                assertThat(fixtures.waitingIn(matter)).containsExactly("AwaitMinutesApproval"));

        // The four sides: domain JUSTERED, engine at PostNotice, the secretary's group list has the task, audited.
        assertThat(meetings.meeting(held.meetingId()).getStatus()).isEqualTo(MeetingStatus.JUSTERED);
        assertThat(meetings.waitingIn(held.meetingId())).containsExactly("PostNotice");
        assertThat(groupTasks(held)).contains("PostNotice");
        assertThat(audits(held.meetingId(), "MINUTES_LOCKED")).isEqualTo(1);

        Notice notice = SignedIn.as(fixtures.secretary(), () -> noticeBoard.post(held.meetingId()));
        assertThat(notice.getPostedOn()).isEqualTo(today());
        assertThat(notice.getAppealEndsOn()).isEqualTo(matterProcess.appealPeriodEnds(today()))
                .isAfterOrEqualTo(today().plusWeeks(3));
        assertThat(notice.getComesDownOn()).isEqualTo(notice.getAppealEndsOn().plusDays(1));
        assertThat(notice.isPartial()).isFalse();
        assertThat(notice.getMinutesTitle()).matches("Protokoll nr \\d+/\\d{4} .*");
        assertThat(notice.getKeptAt()).startsWith("Mötesförvaltning");
        held.matters().forEach(matter ->
                assertThat(fixtures.waitingIn(matter)).doesNotContain("AwaitMinutesApproval"));
        held.matters().forEach(matter -> engineJobs.runAsyncSteps(matter.getId()));
        held.matters().forEach(matter -> {
            assertThat(matterProcess.progress(matter.getId()).orElseThrow().getNoticePublishedOn())
                    .isEqualTo(today());
            assertThat(matterProcess.progress(matter.getId()).orElseThrow().getAppealPeriodEnds())
                    .isEqualTo(notice.getAppealEndsOn());
        });
        assertThat(meetings.waitingIn(held.meetingId())).isEmpty();
        assertThat(groupTasks(held)).doesNotContain("PostNotice");
        assertThat(audits(held.meetingId(), "NOTICE_POSTED")).isEqualTo(1);
        assertThat(noticeBoard.current("stockholm")).extracting(Notice::getId).contains(notice.getId());

        assertThat(refusal(() -> SignedIn.as(fixtures.secretary(), () -> noticeBoard.post(held.meetingId())))
                .messageKey()).isEqualTo("notice.alreadyPosted");
    }

    @Test
    void aNoticeNotPostedIsShownRemindedToTheSecretaryThenTheManagerHasATaskAndPostingEndsBoth() {
        HeldMeeting held = fixtures.drafted(false);
        MinutesApproval.State named = namedSignatories(held);
        sign(held, "s1", named.contentHash());
        sign(held, "m1", named.contentHash());
        Long board = meetings.meeting(held.meetingId()).getBoard().getId();

        clock.setInstant(today().plusDays(2).atTime(8, 0).atZone(WorkingDayCalendar.STOCKHOLM).toInstant());
        fixtures.runJobs(held.meetingId());
        TaskRow post = SignedIn.as(fixtures.secretary(), () -> taskList.group(new TaskFilter(board, null, null, null),
                0).getContent()).stream().filter(row -> "PostNotice".equals(row.activityId())).findFirst()
                .orElseThrow();
        assertThat(post.reminded()).isTrue();

        clock.setInstant(today().plusDays(3).atTime(8, 0).atZone(WorkingDayCalendar.STOCKHOLM).toInstant());
        fixtures.runJobs(held.meetingId());
        assertThat(SignedIn.as(accounts.loadUserByUsername("chef"), () -> taskList.group(new TaskFilter(board, null,
                null, null), 0).getContent())).extracting(TaskRow::activityId).contains("NoticeEscalated");

        SignedIn.as(fixtures.secretary(), () -> noticeBoard.post(held.meetingId()));
        assertThat(SignedIn.as(accounts.loadUserByUsername("chef"), () -> taskList.group(new TaskFilter(board, null,
                null, null), 0).getContent())).extracting(TaskRow::activityId).doesNotContain("NoticeEscalated");
        assertThat(meetings.waitingIn(held.meetingId())).isEmpty();
    }

    @Test
    void aParagraphJusteredAtTheMeetingIsPostedAtOnceAndLockedOnceTheMeetingIsClosed() {
        HeldMeeting held = fixtures.closed(true);
        List<Notice> posted = SignedIn.as(fixtures.secretary(), () -> noticeBoard.ofMeeting(held.meetingId()));
        assertThat(posted).hasSize(1);
        Notice notice = posted.get(0);
        assertThat(notice.getParagraphs()).isEqualTo("§ 6");
        assertThat(notice.isPartial()).isTrue();
        assertThat(notice.getPostedOn()).isEqualTo(today());
        assertThat(notice.getAppealEndsOn()).isEqualTo(matterProcess.appealPeriodEnds(today()));
        assertThat(fixtures.waitingIn(held.matters().get(1))).doesNotContain("AwaitMinutesApproval");

        DomainException locked = refusal(() -> fixtures.addStatement(held, 6, "c", "Ett uttalande i efterhand."));
        assertThat(locked.messageKey()).isEqualTo("minutes.paragraphLocked");
        assertThat(locked.status()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void theNoticeOfAConfidentialParagraphJusteredAtTheMeetingNamesItByItsPublicTitleOnly() throws Exception {
        Long boardId = meetingFixtures.newBoard();
        String secret = "Ansökan om bistånd för Anna Andersson " + MeetingFixtures.unique();
        Matter matter = meetingFixtures.awaitingAgenda(boardId, MatterKind.REPORT, secret, true);
        Meeting meeting = meetings.plan(boardId, today(), java.time.LocalTime.of(7, 30), "Rummet");
        Paragraph item = meetingFixtures.place(meetings, meeting.getId(), matter);
        meetings.setAgenda(meeting.getId());
        meetings.open(meeting.getId());
        SignedIn.as(fixtures.secretary(), () -> meetings.decide(meeting.getId(), item.getId(),
                ParagraphOutcome.DECIDED, "Socialnämnden beviljar ansökan.", null, true));

        Notice notice = SignedIn.as(fixtures.secretary(), () -> noticeBoard.ofMeeting(meeting.getId())).get(0);
        assertThat(notice.getMinutesTitle()).contains("Sekretessbelagt ärende").doesNotContain("Anna Andersson");
        assertThat(noticeBoard.current("stockholm")).extracting(Notice::getMinutesTitle).noneMatch(title ->
                title.contains("Anna Andersson"));
    }

    @Test
    void aCorrectionIsANewVersionWithItsOwnJusteringAndBothAreKept() {
        HeldMeeting held = fixtures.drafted(false);
        MinutesApproval.State named = namedSignatories(held);
        assertThat(refusal(() -> SignedIn.as(fixtures.secretary(),
                () -> approval.correct(held.meetingId(), "Fel datum"))).messageKey())
                .isEqualTo("minutes.correction.notJustered");
        sign(held, "s1", named.contentHash());
        sign(held, "m1", named.contentHash());

        MinutesApproval.State correcting = SignedIn.as(fixtures.secretary(),
                () -> approval.correct(held.meetingId(), "I § 5 ska det stå kommunstyrelsen, inte kommunfullmäktige."));
        assertThat(correcting.versions()).hasSize(2);
        MinutesVersion second = correcting.current().orElseThrow();
        assertThat(second.getNumber()).isEqualTo(2);
        assertThat(second.getCorrectsNumber()).isEqualTo(1);
        assertThat(second.getCorrection()).contains("kommunstyrelsen");
        assertThat(second.isLocked()).isFalse();
        assertThat(correcting.contentHash()).isNotEqualTo(named.contentHash());

        sign(held, "s1", correcting.contentHash());
        MinutesApproval.State done = sign(held, "m1", correcting.contentHash());
        assertThat(done.versions()).allMatch(MinutesVersion::isLocked);
        assertThat(done.versions().get(0).getContentHash()).isEqualTo(named.contentHash());
        assertThat(done.versions().get(1).getContentHash()).isEqualTo(correcting.contentHash());
        Notice correction = SignedIn.as(fixtures.secretary(), () -> noticeBoard.post(held.meetingId()));
        assertThat(correction.getMinutesTitle()).contains("rättelse (version 2)");
    }
}
