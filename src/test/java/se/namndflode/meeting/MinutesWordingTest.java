package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndflode.meeting.BoardFixture.approval;
import static se.namndflode.meeting.BoardFixture.decided;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The minutes' wording of yrkanden, propositionsordning, reservationer and uttalanden, against the seed's § 5–§ 12. */
class MinutesWordingTest {

    private final BoardFixture board = new BoardFixture();
    private final Attendance attendance = board.allMembersPresent();
    private final ConsoleContext context = board.context(attendance, 5);

    @Test
    void bifallByManyPartiesReadsAsInTheSeed() {
        ParagraphHandling handling = new ParagraphHandling(1L, board.paragraph(5));
        Proposal proposal = handling.addProposal(context, approval(board.ojanne, board.s2, board.mohammed, board.v2,
                board.runsten, board.jonsson, board.hedin, board.m2, board.kroon));

        assertThat(MinutesWording.proposal(proposal)).isEqualTo("Alexander Ojanne m.fl. (S), Rashid Mohammed m.fl. "
                + "(V), Magnus Runsten (MP), Jan Jönsson (L), Andrea Hedin m.fl. (M) och Gabriel Kroon (SD) yrkade "
                + "bifall till förvaltningens förslag till beslut.");
    }

    @Test
    void numberedAttSatserEndWithSamtAndTheArgumentFollows() {
        ParagraphHandling handling = new ParagraphHandling(1L, board.paragraph(5));
        Proposal proposal = handling.addProposal(context, new ProposalDraft(ProposalKind.OWN,
                List.of(board.jacobsson), List.of(), List.of("att socialnämnden tillstyrker motionen"),
                "Kommunstyrelsen har överlämnat en remiss.", null));

        assertThat(MinutesWording.proposal(proposal)).isEqualTo("Kristin Jacobsson (C) yrkade\n\n"
                + "1. att socialnämnden tillstyrker motionen, samt\n"
                + "2. att därutöver anföra följande:\n\n"
                + "Kommunstyrelsen har överlämnat en remiss.");
    }

    @Test
    void instammandeIsPrintedBetweenTheMoversAndYrkade() {
        ParagraphHandling handling = new ParagraphHandling(1L, board.paragraph(7));
        Proposal proposal = handling.addProposal(context, new ProposalDraft(ProposalKind.REJECT,
                List.of(board.hedin, board.m2), List.of(board.kroon), List.of("1. att avslå förvaltningens förslag "
                        + "till beslut,", "att socialnämnden följande svar på remissen, samt"), "Den organiserade "
                        + "brottsligheten ...", null));

        assertThat(MinutesWording.proposal(proposal)).isEqualTo("Andrea Hedin m.fl. (M), med instämmande från "
                + "Gabriel Kroon (SD), yrkade\n\n"
                + "1. att avslå förvaltningens förslag till beslut,\n"
                + "2. att socialnämnden följande svar på remissen, samt\n"
                + "3. att därutöver anföra följande:\n\n"
                + "Den organiserade brottsligheten ...");
        assertThat(MinutesWording.reference(proposal)).isEqualTo("yrkandet från Andrea Hedin m.fl. (M)");
    }

    @Test
    void anOwnFinalClauseIntroducingTheTextIsKept() {
        ParagraphHandling handling = new ParagraphHandling(1L, board.paragraph(8));
        Proposal proposal = handling.addProposal(context, new ProposalDraft(ProposalKind.REFER_BACK,
                List.of(board.jonsson, board.hedin, board.jacobsson), List.of(), List.of("att återremittera ärendet",
                        "att revidera handlingsplanen enligt vad som nedan anförs:"), "Vi ser att handlingsplanen ...",
                "Revidera handlingsplanen"));

        assertThat(MinutesWording.proposal(proposal)).isEqualTo("Jan Jönsson (L), Andrea Hedin (M) och Kristin "
                + "Jacobsson (C) yrkade\n\n"
                + "1. att återremittera ärendet, samt\n"
                + "2. att revidera handlingsplanen enligt vad som nedan anförs:\n\n"
                + "Vi ser att handlingsplanen ...");
        assertThat(MinutesWording.reference(proposal)).isEqualTo("det gemensamma yrkandet från Jan Jönsson (L), "
                + "Andrea Hedin (M) och Kristin Jacobsson (C)");
    }

    @Test
    void aPropositionByAcclamationReadsAsInTheSeed() {
        ParagraphHandling handling = new ParagraphHandling(1L, board.paragraph(5));
        handling.addProposal(context, approval(board.ojanne));
        handling.addProposal(context, BoardFixture.own(List.of(board.jacobsson), "socialnämnden tillstyrker motionen"));
        handling.recordFinding(context, QuestionKind.MAIN, Alternative.ADMINISTRATION);

        assertThat(MinutesWording.proposition(handling)).containsExactly("Ordföranden ställde de framställda "
                + "förslagen till beslut mot varandra och fann att nämnden beslutat enligt förvaltningens förslag.");
    }

    @Test
    void aReferralBackIsFirstPutAsWhetherTheMatterIsDecidedToday() {
        ParagraphHandling handling = new ParagraphHandling(1L, board.paragraph(5));
        handling.addProposal(context, approval(board.ojanne));
        handling.addProposal(context, new ProposalDraft(ProposalKind.REFER_BACK, List.of(board.jonsson),
                List.of(), List.of(), null, "Revidera handlingsplanen"));
        handling.recordFinding(context, QuestionKind.DECIDE_TODAY, Alternative.TODAY);

        assertThat(handling.due(context)).isEmpty(); // only bifall remains: nothing to put against each other
        assertThat(MinutesWording.proposition(handling)).containsExactly("Ordförande frågar nämnden om ärendet ska "
                + "avgöras idag eller återremitteras. Ordförande finner att ärendet ska avgöras idag.");

        ParagraphHandling competing = new ParagraphHandling(1L, board.paragraph(6));
        competing.addProposal(context, approval(board.ojanne));
        competing.addProposal(context, new ProposalDraft(ProposalKind.REFER_BACK, List.of(board.jonsson,
                board.hedin), List.of(), List.of("återremittera ärendet"), null, "Revidera"));
        competing.addProposal(context, BoardFixture.own(List.of(board.kroon), "avslå förvaltningens förslag"));
        competing.recordFinding(context, QuestionKind.DECIDE_TODAY, Alternative.TODAY);
        competing.recordFinding(context, QuestionKind.MAIN, Alternative.ADMINISTRATION);
        assertThat(MinutesWording.proposition(competing)).containsExactly("Ordförande frågar nämnden om ärendet ska "
                + "avgöras idag eller återremitteras. Ordförande finner att ärendet ska avgöras idag.",
                "Ordföranden ställde därefter de framställda förslagen till beslut mot varandra och fann att nämnden "
                        + "beslutat enligt förvaltningens förslag.");
    }

    @Test
    void reservationsReadOwnOwnJointOrAnothersYrkande() {
        ParagraphHandling handling = new ParagraphHandling(1L, board.paragraph(5));
        handling.addProposal(context, approval(board.ojanne));
        handling.addProposal(context, new ProposalDraft(ProposalKind.REJECT, List.of(board.hedin, board.m2),
                List.of(board.kroon), List.of("avslå förvaltningens förslag till beslut"), null, null));
        handling.addProposal(context, BoardFixture.own(List.of(board.jonsson, board.jacobsson), "tillstyrka"));
        handling.addProposal(context, BoardFixture.own(List.of(board.runsten), "utreda frågan"));
        handling.recordFinding(context, QuestionKind.MAIN, Alternative.ADMINISTRATION);
        handling.decide(context);
        ConsoleContext decided = decided(context);

        Dissent mAndSd = handling.addDissent(decided, List.of(board.hedin, board.m2, board.kroon), 2, null);
        Dissent joint = handling.addDissent(decided, List.of(board.jonsson, board.jacobsson), 3, null);
        Dissent anothers = handling.addDissent(decided, List.of(board.mohammed), 4, null);
        Dissent none = handling.addDissent(decided, List.of(board.m3), null, null);

        assertThat(MinutesWording.dissent(mAndSd, handling)).isEqualTo("Andrea Hedin m.fl. (M) och Gabriel Kroon "
                + "(SD) reserverade sig mot beslutet till förmån för det egna yrkandet.");
        assertThat(MinutesWording.dissent(joint, handling)).isEqualTo("Jan Jönsson (L) och Kristin Jacobsson (C) "
                + "reserverade sig mot beslutet till förmån för det egna gemensamma yrkandet.");
        assertThat(MinutesWording.dissent(anothers, handling)).isEqualTo("Rashid Mohammed (V) reserverade sig mot "
                + "beslutet till förmån för Magnus Runstens (MP) yrkande.");
        assertThat(MinutesWording.dissent(none, handling)).isEqualTo("Karin Ask (M) reserverade sig mot beslutet.");
    }

    @Test
    void statementsAreSingleOrJointAsInTheSeed() {
        ParagraphHandling handling = new ParagraphHandling(1L, board.paragraph(5));
        Statement single = handling.addStatement(context, List.of(board.jonsson), "I Liberalernas Stockholm ...");
        Statement sameParty = handling.addStatement(context, List.of(board.hedin, board.m2), "Den organiserade ...");
        Statement joint = handling.addStatement(context, List.of(board.jonsson, board.hedin, board.jacobsson),
                "Förvaltningen har genomfört ...");

        assertThat(MinutesWording.statement(single)).isEqualTo("Jan Jönsson (L) lämnade ett särskilt uttalande:");
        assertThat(MinutesWording.statement(sameParty)).isEqualTo("Andrea Hedin m.fl. (M) lämnade ett särskilt "
                + "uttalande:");
        assertThat(MinutesWording.statement(joint)).isEqualTo("Jan Jönsson (L), Andrea Hedin (M) och Kristin "
                + "Jacobsson (C) lämnade ett gemensamt särskilt uttalande:");
    }

    @Test
    void genitivesFollowSwedishUsage() {
        assertThat(PersonRef.genitive("Kristin Jacobsson")).isEqualTo("Kristin Jacobssons");
        assertThat(PersonRef.genitive("Jonas")).isEqualTo("Jonas'");
    }
}
