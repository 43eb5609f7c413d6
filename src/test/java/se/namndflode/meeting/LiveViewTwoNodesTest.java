package se.namndflode.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.HttpTestClient;
import se.namndflode.NamndflodeApplication;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * Two application nodes on one database: the secretary records a vote through the console API on the first, and
 * a member of the board reads its result from the live endpoint of the second (as a load balancer may send them),
 * which answers "nothing new" once it is shown. Nothing of the live view lives in one node.
 */
@Tag("integration")
class LiveViewTwoNodesTest {

    static final Set<String> MAJORITY_PARTIES = Set.of("S", "V", "MP");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aVoteRecordedOnOneNodeIsReadFromTheOthersLiveView() throws Exception {
        try (ConfigurableApplicationContext first = startNode(); ConfigurableApplicationContext second = startNode()) {
            String nodeA = "http://localhost:" + port(first);
            String nodeB = "http://localhost:" + port(second);
            Long meetingId = openMeetingOfSocialnamnden(first);
            String api = "/api/v1/meetings/" + meetingId;
            HttpTestClient secretary = new HttpTestClient();
            secretary.signIn(nodeA, "sekreterare");
            String token = HttpTestClient.csrfToken(secretary.get(nodeA + "/sammantraden/" + meetingId + "/konsol")
                    .body());
            HttpTestClient member = new HttpTestClient();
            member.signIn(nodeB, "ledamot");
            JsonNode before = read(member.get(nodeB + api + "/live"), 200);
            long seen = before.get("revision").asLong();
            Long paragraphId = paragraphOfTheMatter(first, meetingId);

            // On node A: every member present, two yrkanden, the chair's finding, a vote demanded, 7–6.
            Map<Long, String> members = members(first);
            for (Long personId : members.keySet()) {
                long version = read(secretary.get(nodeA + api + "/attendance"), 200).get("version").asLong();
                send(secretary, "POST", nodeA + api + "/attendance/changes", token, "{\"version\":" + version
                        + ",\"personId\":" + personId + ",\"movement\":\"ARRIVED\"}");
            }
            String paragraph = nodeA + api + "/paragraphs/" + paragraphId;
            Long chair = person(first, "Alexander Ojanne");
            Long hedin = person(first, "Andrea Hedin");
            send(secretary, "PUT", nodeA + api + "/live/current", token, "{\"paragraphId\":" + paragraphId + "}");
            long version = 0; // nothing recorded in the paragraph yet
            version = send(secretary, "POST", paragraph + "/proposals", token, "{\"version\":" + version
                    + ",\"kind\":\"APPROVE\",\"movers\":[" + chair + "]}").get("version").asLong();
            version = send(secretary, "POST", paragraph + "/proposals", token, "{\"version\":" + version
                    + ",\"kind\":\"REJECT\",\"movers\":[" + hedin + "]}").get("version").asLong();
            version = send(secretary, "POST", paragraph + "/proposition", token, "{\"version\":" + version
                    + ",\"kind\":\"MAIN\",\"finding\":\"ADMINISTRATION\"}").get("version").asLong();
            version = send(secretary, "POST", paragraph + "/votes", token, "{\"version\":" + version
                    + ",\"questionNumber\":1,\"demandedBy\":" + hedin + "}").get("version").asLong();
            for (Map.Entry<Long, String> voter : members.entrySet()) {
                version = send(secretary, "POST", paragraph + "/votes/1/ballots", token, "{\"version\":" + version
                        + ",\"personId\":" + voter.getKey() + ",\"choice\":\""
                        + (MAJORITY_PARTIES.contains(voter.getValue()) ? "YES" : "NO") + "\"}").get("version").asLong();
            }
            send(secretary, "POST", paragraph + "/votes/1/close", token, "{\"version\":" + version + "}");

            // On node B: the member's live view.
            JsonNode after = read(member.get(nodeB + api + "/live?revision=" + seen), 200);
            JsonNode vote = after.get("current").get("vote");
            assertThat(after.get("current").get("paragraphId").asLong()).isEqualTo(paragraphId);
            assertThat(vote.get("closed").asBoolean()).isTrue();
            assertThat(vote.get("yesCount").asInt()).isEqualTo(7);
            assertThat(vote.get("noCount").asInt()).isEqualTo(6);
            assertThat(vote.get("winner").asText()).isEqualTo("förvaltningens förslag");
            assertThat(after.get("current").get("proposition").toString())
                    .contains("Omröstningen utföll med 7 ja-röster, 6 nej-röster, 0 avstår.");
            assertThat(after.get("revision").asLong()).isGreaterThan(seen);
            HttpResponse<String> nothingNew = member.get(nodeB + api + "/live?revision="
                    + after.get("revision").asLong());
            assertThat(nothingNew.statusCode()).isEqualTo(204);
            // Node A agrees: the same revision is "nothing new" there too.
            assertThat(secretary.get(nodeA + api + "/live?revision=" + after.get("revision").asLong()).statusCode())
                    .isEqualTo(204);
        }
    }

    private JsonNode send(HttpTestClient client, String method, String url, String token, String body)
            throws Exception {
        return read(client.send(method, url, "application/json", body, "X-CSRF-TOKEN", token,
                "Accept", "application/json"), 200);
    }

    private JsonNode read(HttpResponse<String> response, int status) throws Exception {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
        return json.readTree(response.body());
    }

    /** Today's meeting of Socialnämnden (the demo board, where {@code ledamot} holds a seat) with a remiss, open. */
    private static Long openMeetingOfSocialnamnden(ConfigurableApplicationContext node) {
        JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
        Meetings meetings = node.getBean(Meetings.class);
        MeetingFixtures fixtures = new MeetingFixtures(node.getBean(OrganisationAdmin.class),
                node.getBean(Registry.class), node.getBean(BoardMatterProcess.class), node.getBean(TaskService.class),
                jdbc);
        Long boardId = jdbc.queryForObject("select b.id from board b join municipality m on m.id = b.municipality_id "
                + "where m.code = 'stockholm' and b.name = 'Socialnämnden'", Long.class);
        Matter remiss = fixtures.awaitingAgenda(boardId, MatterKind.REFERRAL, "Remiss på två noder "
                + ThreadLocalRandom.current().nextInt(100_000, 999_999), false);
        Meeting meeting = meetings.plan(boardId, LocalDate.now(WorkingDayCalendar.STOCKHOLM),
                LocalTime.of(ThreadLocalRandom.current().nextInt(6, 23), ThreadLocalRandom.current().nextInt(60)),
                "Sammanträdesrummet");
        fixtures.place(meetings, meeting.getId(), remiss);
        meetings.setAgenda(meeting.getId());
        meetings.open(meeting.getId());
        return meeting.getId();
    }

    private static Long paragraphOfTheMatter(ConfigurableApplicationContext node, Long meetingId) {
        List<Paragraph> agenda = node.getBean(Meetings.class).paragraphs(meetingId);
        return agenda.stream().filter(Paragraph::isMatter).findFirst().orElseThrow().getId();
    }

    /** The board's members on the meeting day by person id, with their party. */
    private static Map<Long, String> members(ConfigurableApplicationContext node) {
        Map<Long, String> members = new java.util.LinkedHashMap<>();
        node.getBean(JdbcTemplate.class).query("select s.person_id, p.code from board_seat s join board b on b.id = "
                + "s.board_id join party p on p.id = s.party_id join municipality m on m.id = b.municipality_id where "
                + "m.code = 'stockholm' and b.name = 'Socialnämnden' and s.seat_type = 'MEMBER' order by s.id",
                row -> {
                    members.put(row.getLong(1), row.getString(2));
                });
        assertThat(members).hasSize(13);
        return members;
    }

    private static Long person(ConfigurableApplicationContext node, String name) {
        return node.getBean(JdbcTemplate.class).queryForObject("select p.id from person p join municipality m on "
                + "m.id = p.municipality_id where m.code = 'stockholm' and concat(p.first_name, ' ', p.last_name) = ?",
                Long.class, name);
    }

    private static int port(ConfigurableApplicationContext node) {
        return ((WebServerApplicationContext) node).getWebServer().getPort();
    }

    private static ConfigurableApplicationContext startNode() {
        return new SpringApplicationBuilder(NamndflodeApplication.class).run("--server.port=0",
                "--camunda.bpm.job-execution.enabled=false");
    }
}
