package se.namndflode.tasks;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import se.namndflode.HttpTestClient;
import se.namndflode.SignedIn;
import se.namndflode.matter.BoardMatterProcess;
import se.namndflode.matter.MatterStart;
import se.namndflode.organisation.AccountForm;
import se.namndflode.organisation.Accounts;
import se.namndflode.organisation.AdministrationForm;
import se.namndflode.organisation.BoardForm;
import se.namndflode.organisation.BoardKind;
import se.namndflode.organisation.OrganisationAdmin;
import se.namndflode.registry.MatterListExplain;
import se.namndflode.registry.MatterSearch;
import se.namndflode.shared.security.Role;

/**
 * Benchmark, not a test (tag "bench", excluded from every suite; run by bench/task-lists.sh against PostgreSQL):
 * the task lists, the matter list and the search at city scale. Loads (directly, not through HTTP) 30 boards over
 * the two demo municipalities, 40 case officers per municipality and matters in SQL batches (of which a fifth are
 * open; each open matter's board-matter process is started through the process facade in the same JVM, so that the
 * engine holds real tasks and the task listeners fill the read model), first to 10 000 matters, then to 100 000.
 * At each size it measures, over HTTP on the loopback with a signed-in session, {@value #RUNS} requests after
 * {@value #WARM_UP} of warm-up: Mina uppgifter and Gruppens uppgifter (API and page), the matter list and a search,
 * as a manager (chef), a case officer (handlaggare) and a registrar (registrator); beside them the engine's own paged
 * query ({@code TaskService} with {@code listPage}) timed in this JVM. At 100 000 it measures before ANALYZE (planner
 * without statistics, autovacuum off) and after it, printing EXPLAIN (ANALYZE, BUFFERS) of the lists' statements
 * each time (the search for a common word, a rare one and a diarienummer among them), and registrations per second
 * through the API with 1 and 4 clients. The matters' search texts are written after loading as migration V92
 * writes them.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        // Timers of the generated matters (reminders, overdue) are not the subject here.
        "camunda.bpm.job-execution.enabled=false"})
@Tag("bench")
class TaskListBench {

    static final int WARM_UP = 30;
    static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("BENCH_RUNS", "200"));
    static final int BOARDS_PER_MUNICIPALITY = 15;
    static final int OFFICERS_PER_MUNICIPALITY = 40;
    static final String[] WORDS = {"hemtjänst", "äldreomsorg", "förskola", "bygglov", "detaljplan", "remiss",
        "budget", "skolskjuts", "bostad", "tillsyn", "miljö", "trafik", "parkering", "upphandling", "avtal",
        "idrott", "kultur", "bibliotek", "vatten", "avlopp", "gata", "park", "stöd", "insats", "utredning",
        "yttrande", "motion", "skrivelse", "medborgarförslag", "riktlinje", "plan", "uppföljning", "delårsrapport"};

    /** A diarienummer of the bench's (Stockholm's first board, BSA), searched for as the number it is. */
    static final String NUMBER = "BSA 2025/1200";

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NamedParameterJdbcTemplate named;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    OrganisationAdmin admin;
    @Autowired
    Accounts accounts;
    @Autowired
    BoardMatterProcess process;
    @Autowired
    TaskService engineTasks;
    @Autowired
    TaskItems items;
    @Autowired
    ApplicationContext context;

    private final Random random = new Random(13);
    private final Map<String, List<Long>> boards = new LinkedHashMap<>();
    private final Map<String, List<String>> officers = new LinkedHashMap<>();

    @Test
    void taskListsAtCityScale() throws Exception {
        System.out.printf("BENCH machine: %d cores, %s%n", Runtime.getRuntime().availableProcessors(),
                jdbc.queryForObject("select version()", String.class));
        System.out.printf("BENCH autovacuum: %s%n", jdbc.queryForObject("show autovacuum", String.class));
        organisation();
        load(10_000);
        analyze();
        measure("10 000 matters, ANALYZE");
        load(100_000);
        measure("100 000 matters, no ANALYZE since loading");
        explain("no ANALYZE since loading");
        analyze();
        measure("100 000 matters, ANALYZE");
        explain("ANALYZE");
        registrations(1);
        registrations(4);
    }

    // --- Loading ------------------------------------------------------------------------------------------

    private void organisation() {
        SignedIn.as(accounts.loadUserByUsername("admin"), () -> {
            for (String code : List.of("stockholm", "sjostad")) {
                Long municipality = jdbc.queryForObject("select id from municipality where code = ?", Long.class,
                        code);
                List<Long> ids = new ArrayList<>();
                List<String> people = new ArrayList<>();
                for (int i = 1; i <= BOARDS_PER_MUNICIPALITY; i++) {
                    String prefix = (code.equals("stockholm") ? "BS" : "BJ") + (char) ('A' + i - 1);
                    AdministrationForm administration = new AdministrationForm();
                    administration.setMunicipalityId(municipality);
                    administration.setName("Bänkförvaltning " + prefix);
                    administration.setRegistryPrefix(prefix);
                    Long administrationId = admin.saveAdministration(administration).getId();
                    BoardForm board = new BoardForm();
                    board.setMunicipalityId(municipality);
                    board.setKind(BoardKind.BOARD);
                    board.setName("Bänknämnd " + prefix);
                    board.setAdministrationId(administrationId);
                    board.setMemberCount(11);
                    ids.add(admin.saveBoard(board).getId());
                }
                people.add(code.equals("stockholm") ? "handlaggare" : "handlaggare.sjostad");
                for (int i = people.size(); i < OFFICERS_PER_MUNICIPALITY; i++) {
                    AccountForm form = new AccountForm();
                    form.setUsername("bank." + code + "." + i);
                    form.setDisplayName("Bänkhandläggare " + code + " " + i);
                    form.setPassword("bank-losenord-123");
                    form.setRoles(EnumSet.of(Role.CASE_OFFICER));
                    form.setMunicipalityIds(Set.of(municipality));
                    accounts.save(form);
                    people.add(form.getUsername());
                }
                boards.put(code, ids);
                officers.put(code, people);
            }
            return null;
        });
    }

    /**
     * Adds matters until there are {@code total} of the bench's: in SQL batches, a fifth open with its process
     * started (half of them assigned to a case officer: Skriv tjänsteutlåtande; half free for a manager: Fördela
     * ärendet), 5 % confidential, remisser with answer dates from a month ago to four months ahead.
     */
    private void load(int total) throws Exception {
        long started = System.nanoTime();
        int existing = jdbc.queryForObject("select count(*) from matter where registry_prefix like 'B%' "
                + "and registry_year = 2025", Integer.class);
        List<Object[]> open = new ArrayList<>();
        LocalDate today = LocalDate.now();
        for (int n = existing; n < total; n += 1000) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = n; i < Math.min(total, n + 1000); i++) {
                String code = i % 2 == 0 ? "stockholm" : "sjostad";
                int boardIndex = (i / 2) % BOARDS_PER_MUNICIPALITY;
                Long board = boards.get(code).get(boardIndex);
                String prefix = (code.equals("stockholm") ? "BS" : "BJ") + (char) ('A' + boardIndex);
                int serial = i / (2 * BOARDS_PER_MUNICIPALITY) + 1;
                boolean isOpen = i % 5 == 0;
                boolean referral = i % 3 != 0;
                boolean confidential = i % 20 == 7;
                String officer = isOpen && i % 2 == 0 || !isOpen
                        ? officers.get(code).get(random.nextInt(OFFICERS_PER_MUNICIPALITY)) : null;
                if (isOpen && (i / 10) % 2 == 1) {
                    officer = null;
                }
                LocalDate due = referral ? today.plusDays(random.nextInt(150) - 30) : null;
                String title = WORDS[random.nextInt(WORDS.length)] + " " + WORDS[random.nextInt(WORDS.length)]
                        + " och " + WORDS[random.nextInt(WORDS.length)] + " " + i;
                rows.add(new Object[] {code, board, prefix, serial, referral ? "REFERRAL" : "REPORT", title,
                        "Kommunstyrelsen", "KS " + i, due == null ? null : Date.valueOf(due), confidential,
                        confidential ? "OSL 26 kap. 1 §" : null, confidential ? "Ärende " + i : null, officer,
                        isOpen ? "OPEN" : "CLOSED",
                        Timestamp.from(OffsetDateTime.now().minusMinutes(total - i).toInstant())});
            }
            jdbc.batchUpdate("""
                    insert into matter (municipality_id, board_id, registry_prefix, registry_year, serial, kind, title,
                      sender, sender_reference, answer_due, confidential, confidentiality_ground, public_title,
                      case_officer_id, status, registered_at, registered_by)
                    values ((select id from municipality where code = ?), ?, ?, 2025, ?, ?, ?, ?, ?, ?, ?, ?, ?,
                      (select id from user_account where username = ?), ?, ?, 'bench')""", rows);
            for (Object[] row : rows) {
                if ("OPEN".equals(row[13])) {
                    open.add(row);
                }
            }
        }
        // Their search texts, as the registry writes them at a registration (and migration V92 for older matters).
        int texts = MatterListExplain.fillSearchTexts(jdbc.getDataSource());
        long loaded = System.nanoTime();
        // The open matters' processes, four at a time, 100 per transaction.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> done = new ArrayList<>();
        for (int from = 0; from < open.size(); from += 100) {
            List<Object[]> slice = open.subList(from, Math.min(open.size(), from + 100));
            done.add(pool.submit(() -> transaction.executeWithoutResult(status -> slice.forEach(row -> {
                Long id = jdbc.queryForObject("select m.id from matter m join municipality mu on mu.id = "
                        + "m.municipality_id where mu.code = ? and m.registry_prefix = ? and m.registry_year = 2025 "
                        + "and m.serial = ?", Long.class, row[0], row[2], row[3]);
                process.start(new MatterStart(id, row[2] + " 2025/" + row[3], (String) row[0], (String) row[4],
                        row[8] == null ? null : ((Date) row[8]).toLocalDate(), (String) row[12],
                        LocalDate.now().minusDays(10)));
            }))));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        System.out.printf("BENCH load to %d matters: %d inserted (with %d search texts) in %d s, %d processes started"
                        + " in %d s; open tasks in the engine %d, rows in the read model %d%n", total,
                total - existing, texts, (loaded - started) / 1_000_000_000, open.size(), (System.nanoTime() - loaded) / 1_000_000_000,
                engineTasks.createTaskQuery().count(), items.count());
    }

    private void analyze() {
        long started = System.nanoTime();
        jdbc.execute("analyze");
        System.out.printf("BENCH ANALYZE in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    // --- Measuring ----------------------------------------------------------------------------------------

    private void measure(String label) throws Exception {
        String base = "http://localhost:" + port;
        System.out.printf("BENCH == %s ==%n", label);
        for (String user : List.of("chef", "handlaggare", "registrator")) {
            HttpTestClient client = new HttpTestClient();
            client.signIn(base, user);
            Map<String, String> urls = new LinkedHashMap<>();
            urls.put("Mina uppgifter (API)", "/api/v1/tasks?scope=mine");
            urls.put("Gruppens uppgifter (API)", "/api/v1/tasks?scope=group");
            urls.put("Mina uppgifter (page)", "/uppgifter");
            urls.put("Gruppens uppgifter (page)", "/uppgifter/grupp");
            urls.put("Matter list (page)", "/arenden");
            urls.put("Search 'hemtjänst' (page)", "/arenden?q=" + URLEncoder.encode("hemtjänst",
                    StandardCharsets.UTF_8));
            urls.put("Search 'skolskjuts' (API)", "/api/v1/matters?q=" + URLEncoder.encode("skolskjuts",
                    StandardCharsets.UTF_8));
            // A rarer term: the sender's reference of one matter in a thousand ("KS 4711" finds KS 4711x).
            urls.put("Search 'KS 4711' (page)", "/arenden?q=" + URLEncoder.encode("KS 4711", StandardCharsets.UTF_8));
            // A diarienummer: one matter (its number's columns; the text matches nothing).
            urls.put("Search 'BSA 2025/1200' (API)", "/api/v1/matters?q=" + URLEncoder.encode(NUMBER,
                    StandardCharsets.UTF_8));
            for (Map.Entry<String, String> url : urls.entrySet()) {
                HttpResponse<String> first = client.get(base + url.getValue());
                if (first.statusCode() != 200) {
                    throw new IllegalStateException(url + " as " + user + ": " + first.statusCode());
                }
                report(user, url.getKey(), time(() -> {
                    try {
                        HttpResponse<String> response = client.get(base + url.getValue());
                        if (response.statusCode() != 200) {
                            throw new IllegalStateException(url.getValue() + ": " + response.statusCode());
                        }
                    } catch (Exception failed) {
                        throw new IllegalStateException(failed);
                    }
                    return null;
                }));
            }
            System.out.printf("BENCH   %s sees: Mina uppgifter %s, Gruppens uppgifter %s%n", user,
                    count(client, base, "mine"), count(client, base, "group"));
        }
        System.out.printf("BENCH   free MANAGER tasks of stockholm in the read model: %d%n", jdbc.queryForObject(
                "select count(*) from task_item t where t.municipality_code = 'stockholm' and t.assignee is null"
                        + " and exists (select 1 from task_item_role r where r.task_id = t.task_id"
                        + " and r.role = 'MANAGER')", Long.class));
        List<String> manager = List.of(Role.MANAGER.name());
        report("engine", "TaskService listPage(0, 20): free MANAGER tasks of stockholm", time(() ->
                engineTasks.createTaskQuery().tenantIdIn("stockholm").taskCandidateGroupIn(manager).taskUnassigned()
                        .orderByTaskCreateTime().asc().listPage(0, 20)));
        report("engine", "TaskService listPage(0, 20): tasks of handlaggare", time(() ->
                engineTasks.createTaskQuery().tenantIdIn("stockholm").taskAssignee("handlaggare")
                        .orderByTaskCreateTime().asc().listPage(0, 20)));
        report("engine", "TaskService count(): free MANAGER tasks of stockholm", time(() ->
                engineTasks.createTaskQuery().tenantIdIn("stockholm").taskCandidateGroupIn(manager).taskUnassigned()
                        .count()));
    }

    /** The list's total as the API gives it: exact up to TaskList.COUNT_CAP, above it "more than". */
    private static String count(HttpTestClient client, String base, String scope) throws Exception {
        String body = client.get(base + "/api/v1/tasks?scope=" + scope).body();
        int at = body.indexOf("\"total\":");
        int total = Integer.parseInt(body.substring(at + 8, body.indexOf(',', at)).trim());
        return total > TaskList.COUNT_CAP ? "more than " + TaskList.COUNT_CAP : String.valueOf(total);
    }

    private static List<Long> time(Supplier<?> request) {
        for (int i = 0; i < WARM_UP; i++) {
            request.get();
        }
        List<Long> micros = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            request.get();
            micros.add((System.nanoTime() - started) / 1000);
        }
        return micros;
    }

    private static void report(String who, String what, List<Long> micros) {
        List<Long> sorted = new ArrayList<>(micros);
        Collections.sort(sorted);
        System.out.printf("BENCH   %-12s %-58s n=%d p50 %6.1f ms  p95 %6.1f ms  max %6.1f ms%n", who, what,
                sorted.size(), sorted.get(sorted.size() / 2) / 1000.0,
                sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1) / 1000.0, sorted.get(sorted.size() - 1) / 1000.0);
    }

    // --- Plans ----------------------------------------------------------------------------------------------

    private void explain(String statistics) {
        System.out.printf("BENCH PLAN == %s ==%n", statistics);
        Long chef = jdbc.queryForObject("select id from user_account where username = 'chef'", Long.class);
        Long officer = jdbc.queryForObject("select id from user_account where username = 'handlaggare'",
                Long.class);
        TaskItems.Viewer manager = new TaskItems.Viewer(List.of("stockholm"), "chef", chef,
                List.of(Role.MANAGER.name()), true);
        TaskItems.Viewer caseOfficer = new TaskItems.Viewer(List.of("stockholm"), "handlaggare", officer,
                List.of(Role.CASE_OFFICER.name()), false);
        TaskItems.ListSql group = items.sql(manager, TaskItems.Scope.GROUP, TaskFilter.NONE, LocalDate.now(), 0, 20);
        plan("Gruppens uppgifter (chef), page", group.page(), group.params());
        plan("Gruppens uppgifter (chef), count", group.count(), group.params());
        TaskItems.ListSql mine = items.sql(caseOfficer, TaskItems.Scope.MINE, TaskFilter.NONE, LocalDate.now(), 0,
                20);
        plan("Mina uppgifter (handlaggare), page", mine.page(), mine.params());
        Object query = context.getBean(MatterListExplain.beanType());
        for (String text : new String[] {null, "hemtjänst", "KS 4711", NUMBER}) {
            MatterListExplain.Statements list = MatterListExplain.of(query, new MatterSearch(text, null, null,
                    null), List.of("stockholm"), false, officer, 25);
            String label = text == null ? "Matter list" : "Search '" + text + "'";
            plan(label + " (handlaggare), page", list.page(), list.params());
            plan(label + " (handlaggare), count", list.count(), list.params());
        }
    }

    private void plan(String label, String sql, MapSqlParameterSource params) {
        System.out.printf("BENCH PLAN %s%n", label);
        named.query("explain (analyze, buffers) " + sql, params, (java.sql.ResultSet rs) -> {
            System.out.println("BENCH PLAN   " + rs.getString(1));
        });
    }

    // --- Registrations ------------------------------------------------------------------------------------

    private void registrations(int clients) throws Exception {
        String base = "http://localhost:" + port;
        Long board = boards.get("stockholm").get(0);
        int each = 40;
        List<HttpTestClient> sessions = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            HttpTestClient client = new HttpTestClient();
            client.signIn(base, "registrator");
            sessions.add(client);
            tokens.add(HttpTestClient.csrfToken(client.get(base + "/arenden").body()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        List<Future<?>> done = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            HttpTestClient client = sessions.get(c);
            String token = tokens.get(c);
            int number = c;
            done.add(pool.submit(() -> {
                for (int i = 0; i < each; i++) {
                    String body = "{\"boardId\":" + board + ",\"kind\":\"REPORT\",\"title\":\"Bänkregistrering " + number
                            + "-" + i + "\",\"sender\":\"Kommunstyrelsen\"}";
                    HttpResponse<String> response = client.postJson(base + "/api/v1/matters", body,
                            "X-CSRF-TOKEN", token);
                    if (response.statusCode() != 201) {
                        throw new IllegalStateException(response.statusCode() + " " + response.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : done) {
            future.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("BENCH registrations: %d clients, %d matters in %.1f s: %.1f per second%n", clients,
                clients * each, seconds, clients * each / seconds);
    }
}
