package se.namndflode.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.HttpTestClient;
import se.namndflode.TestClockConfiguration;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.registry.Matter;
import se.namndflode.registry.MatterKind;
import se.namndflode.registry.Registry;
import se.namndflode.shared.time.WorkingDayCalendar;

/**
 * Benchmark, not a test (tag "bench", excluded from every suite; run by bench/meeting-console.sh): a meeting of
 * Socialnämnden (the demo board, 13 members) with 40 paragraphs (33 matters and the board's 7 standard items), run
 * through the console API over HTTP by the signed-in secretary against the server on a random port, while
 * {@value #SCREENS} members' screens poll the live endpoint every second as the live view does. Every member is
 * present; for each matter the secretary takes it up, records two yrkanden (bifall; an own proposal), the chair's
 * finding, a demanded vote with 13 ballots (7–6) and closes it. Timed: each yrkande request and each ballot request
 * (round trip, from sending until the answer is read), and for each vote the delay from the secretary's request to
 * close it until each screen has read the result. The first {@value #WARM_UP} matters warm up and are not
 * counted. Prints the samples' median, p95 and maximum.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@Import(TestClockConfiguration.class)
@Tag("bench")
class MeetingConsoleBench {

    static final int WARM_UP = 3;
    static final int SCREENS = Integer.parseInt(System.getenv().getOrDefault("BENCH_SCREENS", "25"));
    static final long POLL_MILLIS = 1000;
    static final Set<String> MAJORITY_PARTIES = Set.of("S", "V", "MP");

    @LocalServerPort
    int port;
    @Autowired
    Meetings meetings;
    @Autowired
    OrganisationAdmin admin;
    @Autowired
    Registry registry;
    @Autowired
    BoardMatterProcess process;
    @Autowired
    TaskService engineTasks;
    @Autowired
    JdbcTemplate jdbc;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aFortyParagraphMeeting() throws Exception {
        String base = "http://localhost:" + port;
        long setUpStarted = System.nanoTime();
        Long meetingId = fortyParagraphMeeting();
        List<Paragraph> agenda = meetings.paragraphs(meetingId);
        List<Long> matters = agenda.stream().filter(Paragraph::isMatter).map(Paragraph::getId).toList();
        System.out.printf("set-up: %d paragraphs (%d matters) in %d s%n", agenda.size(), matters.size(),
                (System.nanoTime() - setUpStarted) / 1_000_000_000);
        String api = base + "/api/v1/meetings/" + meetingId;
        HttpTestClient secretary = new HttpTestClient();
        secretary.signIn(base, "sekreterare");
        String token = HttpTestClient.csrfToken(secretary.get(base + "/sammantraden/" + meetingId + "/konsol").body());

        Map<Long, String> members = members();
        for (Long personId : members.keySet()) {
            long version = read(secretary.get(api + "/attendance")).get("version").asLong();
            write(secretary, "POST", api + "/attendance/changes", token, "{\"version\":" + version + ",\"personId\":"
                    + personId + ",\"movement\":\"ARRIVED\"}");
        }
        Long chair = person("Alexander Ojanne");
        Long hedin = person("Andrea Hedin");

        // The members' screens: each polls as meeting-live.js does and notes when it first read each closed vote.
        Map<Long, Long> closeStarted = new ConcurrentHashMap<>();
        List<Long> liveDelays = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> screens = new ArrayList<>();
        for (int screen = 0; screen < SCREENS; screen++) {
            HttpTestClient member = new HttpTestClient();
            member.signIn(base, "ledamot");
            Thread thread = new Thread(() -> follow(member, api, closeStarted, liveDelays, running),
                    "screen-" + screen);
            thread.setDaemon(true);
            thread.start();
            screens.add(thread);
        }

        List<Long> proposals = new ArrayList<>();
        List<Long> ballots = new ArrayList<>();
        int index = 0;
        for (Long paragraphId : matters) {
            boolean counted = index++ >= WARM_UP;
            String paragraph = api + "/paragraphs/" + paragraphId;
            write(secretary, "PUT", api + "/live/current", token, "{\"paragraphId\":" + paragraphId + "}");
            long version = 0;
            long started = System.nanoTime();
            version = write(secretary, "POST", paragraph + "/proposals", token, "{\"version\":" + version
                    + ",\"kind\":\"APPROVE\",\"movers\":[" + chair + "]}").get("version").asLong();
            record(counted, proposals, started);
            started = System.nanoTime();
            version = write(secretary, "POST", paragraph + "/proposals", token, "{\"version\":" + version
                    + ",\"kind\":\"OWN\",\"movers\":[" + hedin + "],\"clauses\":[\"nämnden avstyrker förslaget\"],"
                    + "\"argument\":\"Förslaget saknar finansiering.\"}").get("version").asLong();
            record(counted, proposals, started);
            version = write(secretary, "POST", paragraph + "/proposition", token, "{\"version\":" + version
                    + ",\"kind\":\"MAIN\",\"finding\":\"ADMINISTRATION\"}").get("version").asLong();
            version = write(secretary, "POST", paragraph + "/votes", token, "{\"version\":" + version
                    + ",\"questionNumber\":1,\"demandedBy\":" + hedin + "}").get("version").asLong();
            for (Map.Entry<Long, String> voter : members.entrySet()) {
                started = System.nanoTime();
                version = write(secretary, "POST", paragraph + "/votes/1/ballots", token, "{\"version\":" + version
                        + ",\"personId\":" + voter.getKey() + ",\"choice\":\""
                        + (MAJORITY_PARTIES.contains(voter.getValue()) ? "YES" : "NO") + "\"}").get("version")
                        .asLong();
                record(counted, ballots, started);
            }
            if (counted) {
                closeStarted.put(paragraphId, System.nanoTime());
            }
            JsonNode closed = write(secretary, "POST", paragraph + "/votes/1/close", token, "{\"version\":" + version
                    + "}");
            if (closed.get("questions").get(0).get("vote").get("yesCount").asInt() != 7) {
                throw new AssertionError("the vote did not end 7–6: " + closed);
            }
            // The meeting's own pace: the chair announces the result before the next paragraph is taken up.
            Thread.sleep(2 * POLL_MILLIS);
        }
        Thread.sleep(2 * POLL_MILLIS);
        running.set(false);
        for (Thread screen : screens) {
            screen.join(5_000);
        }
        int expected = (matters.size() - WARM_UP) * SCREENS;
        System.out.printf("BENCH meeting-console: %d paragraphs, %d members serving, %d screens polling every %d ms "
                + "(cores: %d)%n", agenda.size(), members.size(), SCREENS, POLL_MILLIS,
                Runtime.getRuntime().availableProcessors());
        report("yrkande (POST .../proposals)", proposals);
        report("ballot (POST .../votes/1/ballots)", ballots);
        report("live view shows the vote result (from the close request until a screen read it)", liveDelays);
        if (liveDelays.size() != expected) {
            System.out.printf("BENCH   (%d of %d screen readings of a result)%n", liveDelays.size(), expected);
        }
    }

    /** A member's screen: GET .../live?revision=N, then again a second after the answer, as meeting-live.js. */
    private void follow(HttpTestClient member, String api, Map<Long, Long> closeStarted, List<Long> delays,
            AtomicBoolean running) {
        Long revision = null;
        Set<Long> seen = new java.util.HashSet<>();
        // The screens start at different moments within the second, as people open the page.
        sleep(ThreadLocalRandom.current().nextLong(POLL_MILLIS));
        while (running.get()) {
            try {
                HttpResponse<String> response = member.get(api + "/live" + (revision == null ? "" : "?revision="
                        + revision), "Accept", "application/json");
                long readAt = System.nanoTime();
                if (response.statusCode() == 200) {
                    JsonNode state = json.readTree(response.body());
                    revision = state.get("revision").asLong();
                    JsonNode current = state.get("current");
                    if (current != null && !current.isNull() && current.hasNonNull("vote")
                            && current.get("vote").get("closed").asBoolean()) {
                        Long paragraphId = current.get("paragraphId").asLong();
                        Long started = closeStarted.get(paragraphId);
                        if (started != null && seen.add(paragraphId)) {
                            delays.add(readAt - started);
                        }
                    }
                } else if (response.statusCode() != 204) {
                    throw new AssertionError("live: " + response.statusCode() + " " + response.body());
                }
            } catch (Exception failed) {
                failed.printStackTrace();
                return;
            }
            sleep(POLL_MILLIS);
        }
    }

    private JsonNode write(HttpTestClient client, String method, String url, String token, String body)
            throws Exception {
        return read(client.send(method, url, "application/json", body, "X-CSRF-TOKEN", token,
                "Accept", "application/json"));
    }

    private JsonNode read(HttpResponse<String> response) throws Exception {
        if (response.statusCode() != 200) {
            throw new AssertionError(response.request().method() + " " + response.uri() + ": "
                    + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body());
    }

    private static void record(boolean counted, List<Long> samples, long started) {
        if (counted) {
            samples.add(System.nanoTime() - started);
        }
    }

    private static void report(String what, List<Long> nanos) {
        List<Long> sorted = new ArrayList<>(nanos);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            System.out.printf("BENCH   %s: no samples%n", what);
            return;
        }
        System.out.printf("BENCH   %s: %d samples, median %.1f ms, p95 %.1f ms, max %.1f ms%n", what, sorted.size(),
                millis(percentile(sorted, 50)), millis(percentile(sorted, 95)), millis(sorted.get(sorted.size() - 1)));
    }

    /** The nearest-rank percentile. */
    private static long percentile(List<Long> sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    private static double millis(long nanos) {
        return nanos / 1_000_000.0;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- set-up ----------------------------------------------------------------------------------------------

    /** Today's meeting of Socialnämnden with 33 remisser on its agenda besides the standard items: 40 paragraphs. */
    private Long fortyParagraphMeeting() {
        Long boardId = jdbc.queryForObject("select b.id from board b join municipality m on m.id = b.municipality_id "
                + "where m.code = 'stockholm' and b.name = 'Socialnämnden'", Long.class);
        MeetingFixtures fixtures = new MeetingFixtures(admin, registry, process, engineTasks, jdbc);
        Meeting meeting = meetings.plan(boardId, LocalDate.now(WorkingDayCalendar.STOCKHOLM),
                LocalTime.of(ThreadLocalRandom.current().nextInt(0, 24), ThreadLocalRandom.current().nextInt(60)),
                "Sammanträdesrummet");
        int standard = meetings.paragraphs(meeting.getId()).size();
        for (int number = 1; number <= 40 - standard; number++) {
            Matter matter = fixtures.awaitingAgenda(boardId, MatterKind.REPORT, "Ärende " + number + " i ett långt "
                    + "sammanträde", false);
            fixtures.place(meetings, meeting.getId(), matter);
        }
        meetings.setAgenda(meeting.getId());
        meetings.open(meeting.getId());
        return meeting.getId();
    }

    /** The board's 13 members by person id (in seat order), with their party. */
    private Map<Long, String> members() {
        Map<Long, String> members = new LinkedHashMap<>();
        jdbc.query("select s.person_id, p.code from board_seat s join board b on b.id = s.board_id join party p on "
                + "p.id = s.party_id join municipality m on m.id = b.municipality_id where m.code = 'stockholm' and "
                + "b.name = 'Socialnämnden' and s.seat_type = 'MEMBER' order by s.id", row -> {
                    members.put(row.getLong(1), row.getString(2));
                });
        return members;
    }

    private Long person(String name) {
        return jdbc.queryForObject("select p.id from person p join municipality m on m.id = p.municipality_id where "
                + "m.code = 'stockholm' and concat(p.first_name, ' ', p.last_name) = ?", Long.class, name);
    }
}
