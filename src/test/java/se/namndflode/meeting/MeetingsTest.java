package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.IntegrationTest;
import se.namndflode.MovableClock;
import se.namndflode.MunicipalityFixtures;
import se.namndflode.SignedIn;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.matter.BoardOutcome;
import se.namndflode.matter.MatterProgress;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.BoardForm;
import se.namndflode.organisation.Organisation;
import se.namndflode.organisation.ParagraphNumbering;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterKind;
import se.namndflode.shared.security.Role;
import se.namndflode.shared.time.WorkingDayCalendar;
import se.namndflode.shared.web.DomainException;

/**
 * The meeting foundation through {@link Meetings}: planning with the standard items, placing matters on the
 * agenda, setting it, opening, the board's handling of each kind of paragraph reaching the matter's process,
 * closing, the time of justering, and the refusals (each changes nothing).
 */
@IntegrationTest
class MeetingsTest {

    @Autowired
    Meetings meetings;
    @Autowired
    MeetingFixtures fixtures;
    @Autowired
    BoardMatterProcess process;
    @Autowired
    OrganisationAdmin admin;
    @Autowired
    Accounts accounts;
    @Autowired
    Organisation organisation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MovableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingDayCalendar.STOCKHOLM);
    }

    private Meeting planToday(Long board) {
        return meetings.plan(board, today(), LocalTime.of(18, 0), "Sammanträdesrummet");
    }

    private List<String> agenda(Long meetingId) {
        return meetings.paragraphs(meetingId).stream().map(Paragraph::getPublicTitle).toList();
    }

    private static DomainException refusal(Runnable action) {
        try {
            action.run();
        } catch (DomainException refused) {
            return refused;
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void aPlannedMeetingHasTheStandardItemsOfTheAgenda() {
        Long board = fixtures.newBoard();
        Meeting meeting = meetings.plan(board, today().plusWeeks(3), LocalTime.of(18, 0), "Sammanträdesrummet");

        Meeting read = meetings.meeting(meeting.getId());
        assertThat(read.getStatus()).isEqualTo(MeetingStatus.PLANNED);
        assertThat(read.getMunicipalityCode()).isEqualTo("stockholm");
        assertThat(read.getBoard().getId()).isEqualTo(board);
        assertThat(agenda(meeting.getId())).containsExactly("Godkännande av dagordningen",
                "Val av justerare och tid för justering", "Information", "Ledamöternas frågor", "Anmälningsärenden",
                "Delegationsbeslut", "Övrigt");
        assertThat(meetings.paragraphs(meeting.getId())).extracting(Paragraph::getPosition)
                .containsExactly(1, 2, 3, 4, 5, 6, 7);
        assertThat(meetings.paragraphs(meeting.getId())).allSatisfy(item -> {
            assertThat(item.getKind()).isEqualTo(ParagraphKind.STANDARD);
            assertThat(item.getNumber()).isNull();
        });
        assertThat(fixtures.audits(meeting.getId(), "MEETING_PLANNED")).isEqualTo(1);
        assertThat(meetings.comingMeetings(board)).extracting(Meeting::getId).containsExactly(meeting.getId());
    }

    @Test
    void aMeetingInThePastOrTwiceAtTheSameTimeIsRefused() {
        Long board = fixtures.newBoard();
        assertThat(refusal(() -> meetings.plan(board, today().minusDays(1), LocalTime.NOON, "Rummet")).messageKey())
                .isEqualTo("meeting.day.past");
        assertThat(refusal(() -> meetings.plan(board, today(), LocalTime.NOON, " ")).field()).isEqualTo("place");
        meetings.plan(board, today().plusDays(1), LocalTime.NOON, "Rummet");
        assertThat(refusal(() -> meetings.plan(board, today().plusDays(1), LocalTime.NOON, "Rummet")).messageKey())
                .isEqualTo("meeting.day.taken");
        assertThat(jdbc.queryForObject("select count(*) from meeting where board_id = ?", Long.class, board))
                .isEqualTo(1);
    }

    @Test
    void aMeetingForABoardOfAnotherMunicipalityIsRefusedAndItsMeetingsAreNotFound() {
        MunicipalityFixtures municipalities = new MunicipalityFixtures(admin, accounts);
        MunicipalityFixtures.TestMunicipality other = municipalities.create("SOF");
        var otherSecretary = municipalities.user(other.user(Role.SECRETARY));
        Long stockholmBoard = fixtures.newBoard();
        Meeting stockholmMeeting = planToday(stockholmBoard);

        DomainException refused = refusal(() -> SignedIn.as(otherSecretary,
                () -> meetings.plan(stockholmBoard, today().plusDays(7), LocalTime.NOON, "Rummet")));
        assertThat(refused.messageKey()).isEqualTo("notFound.board");
        assertThat(refusal(() -> SignedIn.as(otherSecretary, () -> meetings.meeting(stockholmMeeting.getId())))
                .messageKey()).isEqualTo("notFound.meeting");
        assertThat(refusal(() -> SignedIn.as(otherSecretary, () -> {
            meetings.open(stockholmMeeting.getId());
            return null;
        })).messageKey()).isEqualTo("notFound.meeting");

        Meeting own = SignedIn.as(otherSecretary,
                () -> meetings.plan(other.boardId(), today().plusDays(7), LocalTime.NOON, "Rådhuset"));
        assertThat(own.getMunicipalityCode()).isEqualTo(other.code());
        assertThat(SignedIn.as(otherSecretary, () -> meetings.list(0, 50)).getContent()).extracting(Meeting::getId)
                .containsExactly(own.getId());
    }

    @Test
    void mattersArePlacedBetweenTheOpeningAndClosingItemsAndAConfidentialOneHasANeutralTitle() {
        Long board = fixtures.newBoard();
        Meeting meeting = meetings.plan(board, today().plusWeeks(2), LocalTime.of(18, 0), "Rummet");
        Matter report = fixtures.awaitingAgenda(board, "Rapport om hemlöshet");
        Matter delegated = fixtures.awaitingAgenda(board, MatterKind.DELEGATED_DECISION, "Delegationsbeslut mars",
                false);
        Matter secret = fixtures.awaitingAgenda(board, MatterKind.REPORT, "Ansökan om vård för Anna Andersson", true);

        fixtures.place(meetings, meeting.getId(), report);
        Paragraph item = fixtures.place(meetings, meeting.getId(), delegated);
        Paragraph hidden = fixtures.place(meetings, meeting.getId(), secret);

        assertThat(item.getKind()).isEqualTo(ParagraphKind.REPORT_ITEM);
        assertThat(hidden.getKind()).isEqualTo(ParagraphKind.MATTER);
        assertThat(hidden.getTitle()).isEqualTo("Ansökan om vård för Anna Andersson");
        assertThat(hidden.getPublicTitle()).isEqualTo(Meetings.CONFIDENTIAL_TITLE);
        assertThat(hidden.isConfidential()).isTrue();
        assertThat(hidden.getRegistryNumber()).isEqualTo(secret.getRegistryNumber().toString());
        assertThat(agenda(meeting.getId())).containsExactly("Godkännande av dagordningen",
                "Val av justerare och tid för justering", "Information", "Ledamöternas frågor",
                "Rapport om hemlöshet", Meetings.CONFIDENTIAL_TITLE, "Delegationsbeslut mars", "Anmälningsärenden",
                "Delegationsbeslut", "Övrigt");
        assertThat(process.progress(report.getId()).orElseThrow().getMeetingDate()).isEqualTo(meeting.getDay());
        assertThat(fixtures.waitingIn(report)).containsExactly("AwaitBoardDecision");
        assertThat(fixtures.waitingIn(delegated)).containsExactly("AwaitReport");
        assertThat(fixtures.audits(meeting.getId(), "PLACED_ON_AGENDA")).isEqualTo(3);
        assertThat(jdbc.queryForList("select summary from audit_event where entity_type = 'MEETING' and entity_id = ?",
                String.class, meeting.getId().toString())).noneMatch(summary -> summary.contains("Anna Andersson"));
    }

    @Test
    void aMatterOfAnotherBoardOrNotWaitingOrAlreadyPlacedIsRefused() {
        Long board = fixtures.newBoard();
        Long otherBoard = fixtures.newBoard();
        Meeting meeting = meetings.plan(board, today().plusWeeks(2), LocalTime.of(18, 0), "Rummet");
        Meeting next = meetings.plan(board, today().plusWeeks(6), LocalTime.of(18, 0), "Rummet");
        Matter others = fixtures.awaitingAgenda(otherBoard, "Annan nämnds ärende");
        Matter early = fixtures.register(board, MatterKind.REPORT, "Under beredning", false);
        Matter placed = fixtures.awaitingAgenda(board, "Redan anmält");
        meetings.placeOnAgenda(placed.getId(), meeting.getId(), null);

        assertThat(refusal(() -> meetings.placeOnAgenda(others.getId(), meeting.getId(), null)).messageKey())
                .isEqualTo("meeting.matter.otherBoard");
        assertThat(refusal(() -> meetings.placeOnAgenda(early.getId(), meeting.getId(), null)).messageKey())
                .isEqualTo("meeting.matter.notAwaitingAgenda");
        assertThat(refusal(() -> meetings.placeOnAgenda(placed.getId(), next.getId(), null)).messageKey())
                .isEqualTo("meeting.matter.alreadyOnAgenda");
        assertThat(meetings.paragraphs(next.getId())).noneMatch(Paragraph::isMatter);
        assertThat(meetings.paragraphs(meeting.getId())).filteredOn(Paragraph::isMatter).hasSize(1);
    }

    @Test
    void aMeetingAfterTheAnswerDateNeedsAReason() {
        Long board = fixtures.newBoard();
        Meeting late = meetings.plan(board, today().plusMonths(7), LocalTime.of(18, 0), "Rummet");
        Matter referral = fixtures.awaitingAgenda(board, MatterKind.REFERRAL, "Remiss om boende", false);

        DomainException refused = refusal(() -> meetings.placeOnAgenda(referral.getId(), late.getId(), null));
        assertThat(refused.field()).isEqualTo("lateMeetingReason");
        assertThat(meetings.paragraphs(late.getId())).noneMatch(Paragraph::isMatter);

        meetings.placeOnAgenda(referral.getId(), late.getId(), "Kommunstyrelsen har medgett anstånd");
        MatterProgress progress = process.progress(referral.getId()).orElseThrow();
        assertThat(progress.isLateMeeting()).isTrue();
        assertThat(progress.getLateMeetingReason()).isEqualTo("Kommunstyrelsen har medgett anstånd");
    }

    @Test
    void reorderingMovesAnItemAndSettingTheAgendaNumbersTheParagraphs() {
        Long board = fixtures.newBoard();
        Meeting meeting = planToday(board);
        Long questions = meetings.paragraphs(meeting.getId()).get(3).getId();
        meetings.move(meeting.getId(), questions, meetings.versionNow(meeting.getId()), 1);
        Paragraph own = meetings.addItem(meeting.getId(), meetings.versionNow(meeting.getId()),
                "Studiebesök på Stadsmissionen");
        assertThat(own.getPosition()).isEqualTo(5);
        meetings.removeItem(meeting.getId(), meetings.paragraphs(meeting.getId()).get(6).getId(),
                meetings.versionNow(meeting.getId()));

        meetings.setAgenda(meeting.getId());

        assertThat(meetings.meeting(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.AGENDA_SET);
        assertThat(meetings.paragraphs(meeting.getId())).extracting(Paragraph::getLabel, Paragraph::getTitle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("§ 1", "Ledamöternas frågor"),
                        org.assertj.core.groups.Tuple.tuple("§ 2", "Godkännande av dagordningen"),
                        org.assertj.core.groups.Tuple.tuple("§ 3", "Val av justerare och tid för justering"),
                        org.assertj.core.groups.Tuple.tuple("§ 4", "Information"),
                        org.assertj.core.groups.Tuple.tuple("§ 5", "Studiebesök på Stadsmissionen"),
                        org.assertj.core.groups.Tuple.tuple("§ 6", "Anmälningsärenden"),
                        org.assertj.core.groups.Tuple.tuple("§ 7", "Övrigt"));
        assertThat(refusal(() -> meetings.move(meeting.getId(), questions, meetings.versionNow(meeting.getId()),
                3)).messageKey())
                .isEqualTo("meeting.agenda.notEditable");
        assertThat(fixtures.audits(meeting.getId(), "AGENDA_SET")).isEqualTo(1);
    }

    @Test
    void eachOutcomeReachesTheMattersProcess() {
        Long board = fixtures.newBoard();
        Meeting meeting = planToday(board);
        Matter decided = fixtures.awaitingAgenda(board, "Beslutas");
        Matter referred = fixtures.awaitingAgenda(board, "Återremitteras");
        Matter tabled = fixtures.awaitingAgenda(board, "Bordläggs");
        Matter reported = fixtures.awaitingAgenda(board, MatterKind.DELEGATED_DECISION, "Anmäls", false);
        Paragraph first = fixtures.place(meetings, meeting.getId(), decided);
        Paragraph second = fixtures.place(meetings, meeting.getId(), referred);
        Paragraph third = fixtures.place(meetings, meeting.getId(), tabled);
        Paragraph fourth = fixtures.place(meetings, meeting.getId(), reported);
        meetings.setAgenda(meeting.getId());
        meetings.open(meeting.getId());
        assertThat(meetings.meeting(meeting.getId()).getOpenedAt()).isNotNull();

        Paragraph handled = meetings.decide(meeting.getId(), first.getId(), ParagraphOutcome.DECIDED,
                "Socialnämnden godkänner rapporten.", null, true);
        meetings.decide(meeting.getId(), second.getId(), ParagraphOutcome.REFERRED_BACK, null,
                "Komplettera med kostnaderna", false);
        meetings.decide(meeting.getId(), third.getId(), ParagraphOutcome.TABLED, null, null, false);
        meetings.decide(meeting.getId(), fourth.getId(), ParagraphOutcome.REPORTED, null, null, false);

        assertThat(handled.getDecisionText()).isEqualTo("Socialnämnden godkänner rapporten.\n"
                + Meetings.IMMEDIATE_JUSTERING);
        assertThat(handled.isImmediatelyJustered()).isTrue();
        assertThat(process.progress(decided.getId()).orElseThrow().getBoardOutcome()).isEqualTo(BoardOutcome.DECIDED);
        assertThat(process.progress(decided.getId()).orElseThrow().getDecidedOn()).isEqualTo(meeting.getDay());
        assertThat(fixtures.waitingIn(decided)).as("justered at once: the notice is next")
                .containsExactly("PublishNotice");
        assertThat(fixtures.waitingIn(referred)).containsExactly("PrepareStaffReport");
        assertThat(fixtures.task(referred, "PrepareStaffReport").getAssignee()).isEqualTo("handlaggare");
        assertThat(process.progress(referred.getId()).orElseThrow().getReferBackReason())
                .isEqualTo("Komplettera med kostnaderna");
        assertThat(meetings.paragraph(meeting.getId(), second.getId()).getOutcomeReason())
                .isEqualTo("Komplettera med kostnaderna");
        assertThat(fixtures.waitingIn(tabled)).containsExactly("PlaceOnAgenda");
        assertThat(meetings.paragraph(meeting.getId(),
                third.getId()).getDecisionText()).isEqualTo("Ärendet bordläggs.");
        assertThat(fixtures.waitingIn(reported)).containsExactly("AwaitMinutesApproval");
        assertThat(fixtures.audits(meeting.getId(), "PARAGRAPH_DECIDED")).isEqualTo(4);
        assertThat(meetings.meeting(meeting.getId()).getLiveRevision()).isGreaterThan(0);

        fixtures.recordStandardItems(meetings, meeting.getId());
        meetings.close(meeting.getId());
        Meeting closed = meetings.meeting(meeting.getId());
        assertThat(closed.getStatus()).isEqualTo(MeetingStatus.CLOSED);
        assertThat(closed.getClosedAt()).isNotNull();
        assertThat(fixtures.audits(meeting.getId(), "MEETING_CLOSED")).isEqualTo(1);
    }

    /**
     * The reviewer's example: a meeting opened, only the matter (§ 5) decided, and closed — the minutes then showed
     * the standard items as headings without a Beslut (KL 5 kap. 69 §). Closing is refused while any paragraph, a
     * standard item too, has no outcome; once each is recorded (the agenda approved and the justering announced in
     * the seed's words, information noted, an item not taken up as "Punkten utgick.") it closes; and minutes of a
     * meeting with a paragraph without decision are not drafted.
     */
    @Test
    void aMeetingClosesOnlyWhenEveryParagraphHasADecisionAndStandardItemsGetTheSeedsWording() {
        clock.setInstant(java.time.Instant.parse("2023-12-12T17:00:00Z"));
        Long board = fixtures.newBoard();
        Meeting meeting = meetings.plan(board, LocalDate.of(2023, 12, 12), LocalTime.of(18, 0), "Rummet");
        Matter matter = fixtures.awaitingAgenda(board, "Motion om skyddade boenden");
        Paragraph item = fixtures.place(meetings, meeting.getId(), matter);
        meetings.setAgenda(meeting.getId());
        meetings.open(meeting.getId());
        meetings.setJustering(meeting.getId(), meetings.versionNow(meeting.getId()),
                java.time.OffsetDateTime.parse("2023-12-15T10:00:00+01:00"), "Rummet");
        meetings.decide(meeting.getId(), item.getId(), ParagraphOutcome.DECIDED, "Socialnämnden godkänner svaret.",
                null, false);

        DomainException refused = refusal(() -> meetings.close(meeting.getId()));
        assertThat(refused.messageKey()).isEqualTo("meeting.close.unhandled");
        assertThat((String) refused.arguments()[0]).contains("§ 1 Godkännande av dagordningen",
                "§ 2 Val av justerare och tid för justering", "Övrigt").doesNotContain("Motion om skyddade boenden");
        assertThat(meetings.meeting(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.OPEN);

        List<Paragraph> agenda = meetings.paragraphs(meeting.getId());
        // Nothing typed: the console sends NOTED for a standard item without points.
        Paragraph approval = meetings.decide(meeting.getId(), agenda.get(0).getId(), ParagraphOutcome.NOTED, null,
                null, false);
        assertThat(approval.getOutcome()).isEqualTo(ParagraphOutcome.DECIDED);
        assertThat(approval.getDecisionText()).isEqualTo("Den utsända dagordningen godkändes");
        assertThat(meetings.decide(meeting.getId(), agenda.get(1).getId(), ParagraphOutcome.DECIDED, " ", null, false)
                .getDecisionText()).isEqualTo("Ordföranden meddelade att justering sker fredag den 15 december 2023.");
        assertThat(meetings.decide(meeting.getId(), agenda.get(2).getId(), ParagraphOutcome.NOTED, null, null, false)
                .getDecisionText()).isEqualTo("Nämnden lägger informationen till handlingarna.");
        Paragraph other = agenda.stream().filter(paragraph -> paragraph.getTitle().equals("Övrigt")).findFirst()
                .orElseThrow();
        assertThat(meetings.decide(meeting.getId(), other.getId(), ParagraphOutcome.WITHDRAWN, null, null, false)
                .getDecisionText()).isEqualTo("Punkten utgick.");
        assertThat(refusal(() -> meetings.close(meeting.getId())).messageKey()).isEqualTo("meeting.close.unhandled");
        fixtures.recordStandardItems(meetings, meeting.getId());
        meetings.close(meeting.getId());
        assertThat(meetings.meeting(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.CLOSED);

        // A meeting closed under the old rule (a paragraph without words) cannot have its minutes drafted.
        jdbc.update("update meeting_paragraph set outcome = null, decision_text = null where id = ?", other.getId());
        assertThat(refusal(() -> meetings.minutesDrafted(meeting.getId())).messageKey())
                .isEqualTo("meeting.minutes.undecided");
        assertThat(meetings.meeting(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.CLOSED);
    }

    @Test
    void handlingIsRefusedUnlessTheMeetingIsOpenAndOncePerParagraph() {
        Long board = fixtures.newBoard();
        Meeting meeting = planToday(board);
        Matter matter = fixtures.awaitingAgenda(board, "Beslutas en gång");
        Paragraph item = fixtures.place(meetings, meeting.getId(), matter);
        Long standard = meetings.paragraphs(meeting.getId()).get(0).getId();

        assertThat(refusal(() -> meetings.decide(meeting.getId(), item.getId(), ParagraphOutcome.DECIDED, "Bifall",
                null, false)).messageKey()).isEqualTo("meeting.notOpen");
        assertThat(refusal(() -> meetings.open(meeting.getId())).messageKey()).isEqualTo("meeting.open.agendaNotSet");
        meetings.setAgenda(meeting.getId());
        meetings.open(meeting.getId());

        assertThat(refusal(() -> meetings.decide(meeting.getId(), item.getId(), ParagraphOutcome.REPORTED, null, null,
                false)).messageKey()).isEqualTo("meeting.outcome.notFor.MATTER");
        assertThat(refusal(() -> meetings.decide(meeting.getId(), item.getId(), ParagraphOutcome.REFERRED_BACK, null,
                " ", false)).messageKey()).isEqualTo("matter.referBack.reasonRequired");
        assertThat(refusal(() -> meetings.decide(meeting.getId(), item.getId(), ParagraphOutcome.DECIDED, " ", null,
                false)).messageKey()).isEqualTo("meeting.decision.textRequired");
        assertThat(refusal(() -> meetings.decide(meeting.getId(), item.getId(), ParagraphOutcome.TABLED, null, null,
                true)).messageKey()).isEqualTo("meeting.immediate.onlyDecided");
        assertThat(refusal(() -> meetings.close(meeting.getId())).messageKey()).isEqualTo("meeting.close.unhandled");
        assertThat(meetings.paragraph(meeting.getId(), item.getId()).isHandled()).isFalse();
        assertThat(fixtures.waitingIn(matter)).containsExactly("AwaitBoardDecision");

        meetings.decide(meeting.getId(), standard, ParagraphOutcome.DECIDED, "Dagordningen godkändes.", null, false);
        meetings.decide(meeting.getId(), item.getId(), ParagraphOutcome.DECIDED, "Bifall", null, false);
        assertThat(refusal(() -> meetings.decide(meeting.getId(), item.getId(), ParagraphOutcome.TABLED, null, null,
                false)).messageKey()).isEqualTo("meeting.paragraph.handled");
        assertThat(fixtures.waitingIn(matter)).containsExactly("AwaitMinutesApproval");
    }

    @Test
    void aMeetingIsNotOpenedBeforeItsDay() {
        Long board = fixtures.newBoard();
        Meeting meeting = meetings.plan(board, today().plusDays(3), LocalTime.of(9, 0), "Rummet");
        meetings.setAgenda(meeting.getId());
        meetings.sendKallelse(meeting.getId());

        assertThat(refusal(() -> meetings.open(meeting.getId())).messageKey()).isEqualTo("meeting.open.beforeDay");

        clock.setInstant(meeting.getDay().atTime(9, 0).atZone(WorkingDayCalendar.STOCKHOLM).toInstant());
        meetings.open(meeting.getId());
        assertThat(meetings.meeting(meeting.getId()).getStatus()).isEqualTo(MeetingStatus.OPEN);
    }

    @Test
    void justeringIsAtTheEarliestOnTheMeetingDayAndAtMostTwoWeeksAfter() {
        Long board = fixtures.newBoard();
        Meeting meeting = planToday(board);
        OffsetDateTime day = meeting.getDay().atTime(10, 0).atZone(WorkingDayCalendar.STOCKHOLM).toOffsetDateTime();

        assertThat(refusal(() -> meetings.setJustering(meeting.getId(), meetings.versionNow(meeting.getId()),
                day.minusDays(1), "Rådhuset")).messageKey())
                .isEqualTo("meeting.justering.beforeMeeting");
        assertThat(refusal(() -> meetings.setJustering(meeting.getId(), meetings.versionNow(meeting.getId()),
                day.plusDays(15), "Rådhuset")).messageKey())
                .isEqualTo("meeting.justering.tooLate");
        meetings.setJustering(meeting.getId(), meetings.versionNow(meeting.getId()), day.plusDays(14), "Rådhuset");

        Meeting set = meetings.meeting(meeting.getId());
        assertThat(set.getJusteringAt().toInstant()).isEqualTo(day.plusDays(14).toInstant());
        assertThat(set.getJusteringPlace()).isEqualTo("Rådhuset");
        assertThat(fixtures.audits(meeting.getId(), "JUSTERING_SET")).isEqualTo(1);
    }

    @Test
    void aBoardThatNumbersThroughTheYearGoesOnFromItsLastParagraphAndUsesItsOwnImmediateWording() {
        Long board = fixtures.newBoard();
        BoardForm form = BoardForm.of(organisation.board(board));
        form.setParagraphNumbering(ParagraphNumbering.PER_YEAR);
        form.setImmediateJusteringWording("Paragrafen förklaras omedelbart justerad.");
        admin.saveBoard(form);
        // Both in the same calendar year as today's meeting (a meeting in the past cannot be planned).
        LocalDate first = today();
        LocalDate second = first.getMonthValue() == 12 && first.getDayOfMonth() > 30 ? first : first.plusDays(1);
        Meeting earlier = meetings.plan(board, first, LocalTime.of(9, 0), "Rummet");
        Meeting later = meetings.plan(board, second, LocalTime.of(18, 0), "Rummet");

        assertThat(refusal(() -> meetings.setAgenda(later.getId())).messageKey())
                .isEqualTo("meeting.agenda.earlierFirst");
        meetings.setAgenda(earlier.getId());
        meetings.setAgenda(later.getId());

        assertThat(meetings.paragraphs(later.getId())).extracting(Paragraph::getNumber)
                .containsExactly(8, 9, 10, 11, 12, 13, 14);
        meetings.open(earlier.getId());
        Paragraph agenda = meetings.decide(earlier.getId(), meetings.paragraphs(earlier.getId()).get(0).getId(),
                ParagraphOutcome.DECIDED, "Dagordningen godkändes.", null, true);
        assertThat(agenda.getDecisionText())
                .isEqualTo("Dagordningen godkändes.\nParagrafen förklaras omedelbart justerad.");
    }
}
