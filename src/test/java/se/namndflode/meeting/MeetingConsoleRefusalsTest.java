package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndflode.meeting.ConsoleFixtures.MAJORITY;
import static se.namndflode.meeting.ConsoleFixtures.MEMBERS;
import static se.namndflode.meeting.ConsoleFixtures.OPPOSITION;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import se.namndflode.IntegrationTest;
import se.namndflode.MovableClock;
import se.namndflode.MunicipalityFixtures;
import se.namndflode.meeting.ConsoleApiSupport.Answer;
import se.namndflode.meeting.ConsoleFixtures.OpenMeeting;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.organisation.PersonForm;
import se.namndflode.shared.security.Role;

/**
 * What the console refuses, through the API: each refusal is a problem with a Swedish detail naming the rule, and
 * changes nothing (the version and the state stay as they were). And who may read and change.
 */
@IntegrationTest
class MeetingConsoleRefusalsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ConsoleFixtures fixtures;
    @Autowired
    Meetings meetings;
    @Autowired
    MovableClock clock;
    @Autowired
    OrganisationAdmin admin;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcTemplate jdbc;

    OpenMeeting meeting;
    ConsoleApiSupport api;

    @BeforeEach
    void openMeeting() {
        meeting = fixtures.openMeeting();
        api = new ConsoleApiSupport(mvc, meeting, fixtures.as("sekreterare"));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private void twoProposalsAndAVote(int paragraph) {
        api.proposal(paragraph, "APPROVE", List.of("s1"), null);
        api.proposal(paragraph, "OWN", List.of("c"), "\"clauses\":[\"tillstyrka motionen\"]");
        api.finding(paragraph, "MAIN", "ADMINISTRATION");
        api.demandVote(paragraph, 1, "c", null);
    }

    /** § 5 decided by acclamation for the administration against C's yrkande. */
    private Answer decidedByAcclamation() {
        api.proposal(5, "APPROVE", List.of("s1", "s2"), null);
        api.proposal(5, "OWN", List.of("c"), "\"clauses\":[\"tillstyrka motionen\"]");
        api.finding(5, "MAIN", "ADMINISTRATION");
        return api.decide(5, "[\"Socialnämnden godkänner tjänsteutlåtandet.\"]");
    }

    private static void refused(Answer answer, String detail) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(422);
        assertThat(answer.<String>read("$.type")).startsWith("https://namndflode.se/problem/meeting-");
        assertThat(answer.detail()).startsWith(detail);
    }

    /** As every change without the version it was made on: 400 version-required (not a broken rule, 422). */
    @Test
    void aChangeWithoutAVersionIsABadRequestAndChangesNothing() {
        api.present(MEMBERS);
        long paragraph = api.version(5);
        long attendance = api.attendanceVersion();

        for (Answer answer : List.of(
                api.post(meeting.paragraphUrl(5) + "/proposals", "{\"kind\":\"APPROVE\",\"movers\":"
                        + api.ids(List.of("s1")) + "}"),
                api.post(meeting.url() + "/attendance/changes", "{\"personId\":" + meeting.person("s1")
                        + ",\"movement\":\"LEFT\"}"),
                api.post(meeting.paragraphUrl(5) + "/immediate-justering", "{}"))) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.<String>read("$.type")).isEqualTo("https://namndflode.se/problem/version-required");
            assertThat(answer.<String>read("$.field")).isEqualTo("version");
            assertThat(answer.detail()).startsWith("Ange vilken version du utgick från");
        }

        assertThat(api.version(5)).isEqualTo(paragraph);
        assertThat(api.attendanceVersion()).isEqualTo(attendance);
    }

    @Test
    void aBallotBySomeoneNotServingAndASecondBallotAreRefused() {
        List<String> present = new ArrayList<>(MEMBERS);
        present.add("subKD1"); // present, not called in: every member is there
        api.present(present);
        twoProposalsAndAVote(5);
        api.ballot(5, 1, "s1", "YES");
        long version = api.version(5);

        refused(api.ballot(5, 1, "subKD1", "NO"), "SUBKD1 Testsson (KD) tjänstgör inte vid § 5 och kan inte rösta.");
        refused(api.ballot(5, 1, "s1", "NO"), "S1 Testsson (S) har redan röstat (ja) i denna omröstning. Var och en "
                + "har en röst.");

        Answer after = api.get(meeting.paragraphUrl(5));
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.<List<String>>read("$.questions[0].vote.ballots[*].choice")).containsExactly("YES");
    }

    @Test
    void withoutQuorumNothingIsDecidedAndNoVoteHeld() {
        // Seven present, but MP has jäv at § 5 (a jäv may be noted during the matter; an arrival may not).
        api.present(MEMBERS.subList(0, 7));
        String recusal = "{\"version\":%d,\"personId\":" + meeting.person("mp") + ",\"paragraphId\":"
                + meeting.paragraph(5) + "}";
        api.ok(meeting.url() + "/attendance/recusals", recusal.formatted(api.attendanceVersion()));
        api.proposal(5, "APPROVE", List.of("s1"), null);
        api.proposal(5, "OWN", List.of("v1"), "\"clauses\":[\"tillstyrka motionen\"]");
        long version = api.version(5);

        refused(api.post(meeting.paragraphUrl(5) + "/proposition", "{\"version\":" + version
                + ",\"kind\":\"MAIN\",\"finding\":\"ADMINISTRATION\"}"), "Nämnden är inte beslutför vid § 5: 6 "
                        + "tjänstgör, minst 7 behövs (mer än hälften av ledamöterna, kommunallagen 6 kap. 27 §).");
        refused(api.decide(5, "[\"Socialnämnden godkänner tjänsteutlåtandet.\"]"), "Nämnden är inte beslutför");
        Answer after = api.get(meeting.paragraphUrl(5));
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.<List<Object>>read("$.questions")).isEmpty();
        assertThat(after.<String>read("$.outcome")).isNull();

        // With a seventh the chair puts the question; when one has jäv before the vote, no vote can be held.
        assertThat(api.delete(meeting.url() + "/attendance/recusals", recusal.formatted(api.attendanceVersion()))
                .status()).isEqualTo(200);
        api.finding(5, "MAIN", "ADMINISTRATION");
        api.ok(meeting.url() + "/attendance/recusals", recusal.formatted(api.attendanceVersion()));
        refused(api.post(meeting.paragraphUrl(5) + "/votes", "{\"version\":" + api.version(5)
                + ",\"questionNumber\":1}"), "Nämnden är inte beslutför vid § 5");
        assertThat(api.get(meeting.paragraphUrl(5)).<Object>read("$.questions[0].vote")).isNull();
    }

    @Test
    void aReservationNeedsSomeoneWhoTookPartAndDidNotSupportTheDecision() {
        List<String> present = new ArrayList<>(MEMBERS);
        present.add("subKD1");
        api.present(present);
        api.proposal(5, "APPROVE", List.of("s1", "s2"), null);
        api.proposal(5, "OWN", List.of("c"), "\"clauses\":[\"tillstyrka motionen\"]");
        api.ok(meeting.paragraphUrl(5) + "/not-taking-part", "{\"version\":" + api.version(5) + ",\"personId\":"
                + meeting.person("sd") + "}");
        api.finding(5, "MAIN", "ADMINISTRATION");
        long version = api.decide(5, "[\"Socialnämnden godkänner tjänsteutlåtandet.\"]").version();
        String url = meeting.paragraphUrl(5) + "/dissents";

        refused(api.post(url, "{\"version\":" + version + ",\"persons\":" + api.ids(List.of("s1")) + ",\"favour\":2}"),
                "S1 Testsson (S) yrkade på det förslag som vann och har inget att reservera sig mot.");
        refused(api.post(url, "{\"version\":" + version + ",\"persons\":" + api.ids(List.of("sd"))
                + ",\"favour\":2}"), "SD Testsson (SD) deltog inte i beslutet.");
        refused(api.post(url, "{\"version\":" + version + ",\"persons\":" + api.ids(List.of("subKD1"))
                + ",\"favour\":2}"), "SUBKD1 Testsson (KD) tjänstgjorde inte vid § 5 och deltog inte i beslutet.");
        Answer after = api.get(meeting.paragraphUrl(5));
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.<List<Object>>read("$.dissents")).isEmpty();
        assertThat(after.<List<String>>read("$.minutes.notTakingPart")).containsExactly("SD Testsson (SD) deltog "
                + "inte i beslutet.");
    }

    @Test
    void someoneNotTakingPartCanOnlyAbstainAndMayNotReserve() {
        api.present(MEMBERS);
        api.proposal(5, "APPROVE", List.of("s1"), null);
        api.proposal(5, "OWN", List.of("c"), "\"clauses\":[\"tillstyrka motionen\"]");
        api.ok(meeting.paragraphUrl(5) + "/not-taking-part", "{\"version\":" + api.version(5) + ",\"personId\":"
                + meeting.person("sd") + "}");
        api.finding(5, "MAIN", "ADMINISTRATION");
        api.demandVote(5, 1, "c", null);
        long version = api.version(5);

        refused(api.ballot(5, 1, "sd", "NO"), "SD Testsson (SD) har anmält att hen inte deltar i beslutet vid § 5 "
                + "och kan bara avstå.");
        refused(api.ballot(5, 1, "sd", "YES"), "SD Testsson (SD) har anmält att hen inte deltar i beslutet");
        Answer after = api.get(meeting.paragraphUrl(5));
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.<List<Object>>read("$.questions[0].vote.ballots")).isEmpty();

        // Avstår is recorded; the vote closes; SD, who lost with nobody, has nothing to reserve.
        api.ballots(5, 1, MAJORITY, "YES");
        api.ballots(5, 1, List.of("l", "m1", "m2", "m3", "c"), "NO");
        api.ballots(5, 1, List.of("sd"), "ABSTAIN");
        assertThat(api.closeVote(5, 1).status()).isEqualTo(200);
        long decided = api.decide(5, "[\"Socialnämnden godkänner tjänsteutlåtandet.\"]").version();
        refused(api.post(meeting.paragraphUrl(5) + "/dissents", "{\"version\":" + decided + ",\"persons\":"
                + api.ids(List.of("sd")) + ",\"favour\":2}"), "SD Testsson (SD) deltog inte i beslutet.");
        assertThat(api.get(meeting.paragraphUrl(5)).<List<Object>>read("$.dissents")).isEmpty();
    }

    @Test
    void whoVotedYesOrNoCannotThenDeclareNotTakingPart() {
        api.present(MEMBERS);
        twoProposalsAndAVote(5);
        api.ballot(5, 1, "sd", "NO");
        long version = api.version(5);

        refused(api.post(meeting.paragraphUrl(5) + "/not-taking-part", "{\"version\":" + version
                + ",\"personId\":" + meeting.person("sd") + "}"), "SD Testsson (SD) har redan röstat ja eller nej "
                        + "vid § 5 och har därmed deltagit i beslutet.");
        Answer after = api.get(meeting.paragraphUrl(5));
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.<List<Object>>read("$.notTakingPart")).isEmpty();
    }

    @Test
    void aVoteIsHeldOnTheDemandOfSomeoneServing() {
        List<String> present = new ArrayList<>(MEMBERS);
        present.add("subKD1"); // present, not called in: every member is there
        api.present(present);
        api.proposal(5, "APPROVE", List.of("s1"), null);
        api.proposal(5, "OWN", List.of("c"), "\"clauses\":[\"tillstyrka motionen\"]");
        api.finding(5, "MAIN", "ADMINISTRATION");
        long version = api.version(5);
        String url = meeting.paragraphUrl(5) + "/votes";

        refused(api.post(url, "{\"version\":" + version + ",\"questionNumber\":1}"), "Ange vem som begär "
                + "omröstning vid § 5. Omröstning hålls när en ledamot som tjänstgör begär det.");
        refused(api.post(url, "{\"version\":" + version + ",\"questionNumber\":1,\"demandedBy\":"
                + meeting.person("subKD1") + "}"), "SUBKD1 Testsson (KD) tjänstgör inte vid § 5 och kan inte begära "
                        + "omröstning.");
        Answer after = api.get(meeting.paragraphUrl(5));
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.<Object>read("$.questions[0].vote")).isNull();
    }

    @Test
    void theMainVoteTakesNoBallotsWhileTheCounterVoteIsOpen() {
        api.present(MEMBERS);
        api.proposal(5, "APPROVE", List.of("s1"), null);
        api.proposal(5, "OWN", List.of("c"), "\"clauses\":[\"tillstyrka motionen\"]");
        api.proposal(5, "REJECT", List.of("m1", "m2"), null);
        api.finding(5, "MAIN", "ADMINISTRATION");
        api.demandVote(5, 1, "m1", null);
        api.finding(5, "COUNTER_PROPOSAL", "PROPOSAL:2");
        api.demandVote(5, 2, "m1", "PROPOSAL:3");
        long version = api.version(5);

        refused(api.ballot(5, 1, "s1", "YES"), "Fråga 1 tar inte emot röster nu: omröstningen om fråga 2 pågår");
        Answer after = api.get(meeting.paragraphUrl(5));
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.<List<Object>>read("$.questions[0].vote.ballots")).isEmpty();
        assertThat(api.ballot(5, 2, "s1", "ABSTAIN").status()).isEqualTo(200);
    }

    @Test
    void aReservationAfterTheMeetingIsClosedIsRefused() {
        api.present(MEMBERS);
        long version = decidedByAcclamation().version();
        api.ok(meeting.paragraphUrl(6) + "/decision", "{\"version\":0,\"points\":[\"Rapporten godkänns.\"]}");
        fixtures.recordStandardItems(meeting.meetingId());
        meetings.close(meeting.meetingId());

        refused(api.post(meeting.paragraphUrl(5) + "/dissents", "{\"version\":" + version + ",\"persons\":"
                + api.ids(List.of("c")) + ",\"favour\":2}"), "Sammanträdet är avslutat. En reservation ska anmälas "
                        + "innan sammanträdet avslutas (kommunallagen 4 kap. 27 §).");
        assertThat(api.get(meeting.paragraphUrl(5)).<List<Object>>read("$.dissents")).isEmpty();
    }

    @Test
    void aWrittenReservationAfterTheTimeSetForJusteringIsRefused() {
        api.present(MEMBERS);
        long version = decidedByAcclamation().version();
        Answer reserved = api.ok(meeting.paragraphUrl(5) + "/dissents", "{\"version\":" + version + ",\"persons\":"
                + api.ids(List.of("c")) + ",\"favour\":2}");
        assertThat(reserved.<List<String>>read("$.minutes.dissents")).containsExactly("C Testsson (C) reserverade "
                + "sig mot beslutet till förmån för det egna yrkandet.");
        meetings.setJustering(meeting.meetingId(), meetings.versionNow(meeting.meetingId()),
                OffsetDateTime.now(clock).plusDays(2), "Stadshuset");
        String url = meeting.paragraphUrl(5) + "/dissents/1/reasoning";
        Answer reasoned = api.put(url, "{\"version\":" + reserved.version() + ",\"reasoning\":\"Motionen bör "
                + "tillstyrkas.\"}");
        assertThat(reasoned.status()).isEqualTo(200);

        clock.advance(Duration.ofDays(3));
        Answer late = api.put(url, "{\"version\":" + reasoned.version() + ",\"reasoning\":\"En annan motivering.\"}");

        refused(late, "Tiden för justering (");
        assertThat(late.detail()).contains("En skriftlig motivering av en reservation ska lämnas före den tid som "
                + "bestämts för justering (kommunallagen 4 kap. 27 §).");
        Answer after = api.get(meeting.paragraphUrl(5));
        assertThat(after.version()).isEqualTo(reasoned.version());
        assertThat(after.<String>read("$.dissents[0].reasoning")).isEqualTo("Motionen bör tillstyrkas.");
    }

    @Test
    void aYrkandeOnADecidedParagraphIsRefused() {
        api.present(MEMBERS);
        long version = decidedByAcclamation().version();

        refused(api.post(meeting.paragraphUrl(5) + "/proposals", "{\"version\":" + version + ",\"kind\":\"REJECT\","
                + "\"movers\":" + api.ids(List.of("sd")) + "}"), "§ 5 är redan avgjord. Yrkanden kan inte läggas till, "
                        + "ändras eller tas tillbaka efter beslutet.");
        Answer after = api.get(meeting.paragraphUrl(5));
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.<List<Object>>read("$.proposals")).hasSize(2);
    }

    @Test
    void aSubstituteCannotServeForAPresentMemberNorTwoPersonsInOneSeat() {
        List<String> present = new ArrayList<>(MEMBERS);
        present.remove("s3");
        present.addAll(List.of("subS1", "subS2"));
        api.present(present);
        String url = meeting.url() + "/attendance/substitutions";
        long version = api.attendanceVersion();

        refused(api.post(url, "{\"version\":" + version + ",\"substituteId\":" + meeting.person("subS1")
                + ",\"memberId\":" + meeting.person("s2") + "}"), "S2 Testsson (S) är närvarande och tjänstgör själv "
                        + "vid § 1. En ersättare tjänstgör bara för en ledamot som är frånvarande eller jävig");
        long recorded = api.ok(url, "{\"version\":" + version + ",\"substituteId\":" + meeting.person("subS2")
                + ",\"memberId\":" + meeting.person("s3") + "}").version();
        refused(api.post(url, "{\"version\":" + recorded + ",\"substituteId\":" + meeting.person("subS1")
                + ",\"memberId\":" + meeting.person("s3") + ",\"fromParagraphId\":" + meeting.paragraph(5) + "}"),
                "Vid § 5 tjänstgör redan SUBS2 Testsson (S) för S3 Testsson (S). Två personer kan inte tjänstgöra på "
                        + "samma plats.");

        Answer after = api.get(meeting.url() + "/attendance");
        assertThat(after.version()).isEqualTo(recorded);
        assertThat(after.<List<Object>>read("$.substitutions")).hasSize(1);
        assertThat(after.<List<String>>read("$.servingLists[0].serving[?(@.substitute == true)].person.display"))
                .containsExactly("SUBS2 Testsson (S)");
    }

    @Test
    void whoServedInADecidedParagraphCannotChangeAfterwards() {
        List<String> present = new ArrayList<>(MEMBERS);
        present.remove("c");
        present.add("subC1");
        api.present(present);
        decidedByAcclamationWithoutC();
        long version = api.attendanceVersion();

        refused(api.post(meeting.url() + "/attendance/changes", "{\"version\":" + version + ",\"personId\":"
                + meeting.person("c") + ",\"movement\":\"ARRIVED\",\"fromParagraphId\":" + meeting.paragraph(5) + "}"),
                "Ändringen skulle ändra vilka som tjänstgjorde vid § 5");
        api.ok(meeting.url() + "/attendance/changes", "{\"version\":" + version + ",\"personId\":"
                + meeting.person("c") + ",\"movement\":\"ARRIVED\",\"fromParagraphId\":" + meeting.paragraph(6) + "}");
    }

    @Test
    void aLateArrivalTakesTheSeatOnlyFromTheNextParagraph() {
        List<String> present = new ArrayList<>(MEMBERS);
        present.remove("c");
        present.add("subC1");
        api.present(present);
        api.proposal(5, "APPROVE", List.of("s1"), null);
        api.proposal(5, "OWN", List.of("subC1"), "\"clauses\":[\"tillstyrka motionen\"]");
        long version = api.attendanceVersion();
        Answer before = api.get(meeting.url() + "/attendance");

        refused(api.post(meeting.url() + "/attendance/changes", "{\"version\":" + version + ",\"personId\":"
                + meeting.person("c") + ",\"movement\":\"ARRIVED\",\"fromParagraphId\":" + meeting.paragraph(5) + "}"),
                "Ändringen skulle ändra vilka som tjänstgör vid § 5, där behandlingen redan har börjat");
        refused(api.post(meeting.url() + "/attendance/changes", "{\"version\":" + version + ",\"personId\":"
                + meeting.person("s2") + ",\"movement\":\"LEFT\",\"fromParagraphId\":" + meeting.paragraph(5) + "}"),
                "Ändringen skulle ändra vilka som tjänstgör vid § 5");
        Answer after = api.get(meeting.url() + "/attendance");
        assertThat(after.version()).isEqualTo(version);
        assertThat(after.body()).isEqualTo(before.body());
        assertThat(api.get(meeting.paragraphUrl(5)).<List<Integer>>read("$.serving.serving[*].person.personId"))
                .contains(meeting.person("subC1").intValue()).doesNotContain(meeting.person("c").intValue());

        api.ok(meeting.url() + "/attendance/changes", "{\"version\":" + version + ",\"personId\":"
                + meeting.person("c") + ",\"movement\":\"ARRIVED\",\"fromParagraphId\":" + meeting.paragraph(6) + "}");
        assertThat(api.get(meeting.paragraphUrl(6)).<List<Integer>>read("$.serving.serving[*].person.personId"))
                .contains(meeting.person("c").intValue()).doesNotContain(meeting.person("subC1").intValue());
    }

    private void decidedByAcclamationWithoutC() {
        api.proposal(5, "APPROVE", List.of("s1"), null);
        api.decide(5, "[\"Socialnämnden godkänner tjänsteutlåtandet.\"]");
    }

    @Test
    void aStaleAttendanceVersionGets409WithTheCurrentAttendance() {
        long seen = api.attendanceVersion();
        api.ok(meeting.url() + "/attendance/changes", "{\"version\":" + seen + ",\"personId\":" + meeting.person("s1")
                + ",\"movement\":\"ARRIVED\"}");

        Answer stale = api.post(meeting.url() + "/attendance/changes", "{\"version\":" + seen + ",\"personId\":"
                + meeting.person("s2") + ",\"movement\":\"ARRIVED\"}");

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.detail()).startsWith("Någon annan har ändrat närvaron medan du arbetade.");
        assertThat(stale.<List<Integer>>read("$.current.changes[*].personId"))
                .containsExactly(meeting.person("s1").intValue());
    }

    @Test
    void theSecretaryChangesAndPoliticiansOfTheBoardRead() {
        api.present(MAJORITY);
        api.present(OPPOSITION);
        String paragraph = meeting.paragraphUrl(5);

        Answer member = api.send(MockMvcRequestBuilders.get(paragraph), fixtures.politician(meeting.person("c")));
        Answer memberWrites = api.send(MockMvcRequestBuilders.post(paragraph + "/proposals")
                .contentType("application/json").content("{\"version\":0,\"kind\":\"APPROVE\",\"movers\":"
                        + api.ids(List.of("c")) + "}"), fixtures.politician(meeting.person("c")));
        Long outsiderId = admin.savePerson(outsider()).getId();
        Answer outsider = api.send(MockMvcRequestBuilders.get(paragraph), fixtures.politician(outsiderId));
        Answer registrar = api.send(MockMvcRequestBuilders.get(paragraph), fixtures.as("registrator"));
        MunicipalityFixtures.TestMunicipality other = new MunicipalityFixtures(admin, accounts).create("SOF");
        Answer otherSecretary = api.send(MockMvcRequestBuilders.get(paragraph),
                fixtures.as(other.user(Role.SECRETARY)));

        assertThat(member.status()).isEqualTo(200);
        assertThat(member.<Integer>read("$.serving.servingCount")).isEqualTo(13);
        assertThat(memberWrites.status()).isEqualTo(403);
        assertThat(outsider.status()).isEqualTo(403);
        assertThat(outsider.detail()).isEqualTo("Du har ingen plats i den nämnd som sammanträdet gäller.");
        assertThat(registrar.status()).isEqualTo(403);
        assertThat(otherSecretary.status()).isEqualTo(404);
        assertThat(api.get(paragraph).<List<Object>>read("$.proposals")).isEmpty();
    }

    private PersonForm outsider() {
        PersonForm person = new PersonForm();
        person.setMunicipalityId(jdbc.queryForObject("select id from municipality where code = 'stockholm'",
                Long.class));
        person.setFirstName("Utan");
        person.setLastName("Plats");
        return person;
    }
}
