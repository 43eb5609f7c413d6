package se.namndflode.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import se.namndflode.IntegrationTest;
import se.namndflode.organisation.Board;

/**
 * Registrars working at the same moment still get distinct, consecutive numbers: the counter row's lock
 * serialises them. Also run against PostgreSQL in CI.
 */
@IntegrationTest
class ConcurrentRegistrationTest {

    static final int REGISTRATIONS = 50;

    @Autowired
    RegistryFixtures fixtures;
    @Autowired
    Registry registry;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void fiftyConcurrentRegistrationsInOneSeriesGetFiftyConsecutiveNumbers() throws Exception {
        Board board = fixtures.newBoard();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(REGISTRATIONS);
        List<Future<RegistryNumber>> results = new ArrayList<>();
        try {
            for (int i = 1; i <= REGISTRATIONS; i++) {
                String title = "Samtidig registrering " + i;
                Callable<RegistryNumber> task = () -> {
                    start.await();
                    // Each task is its own registrar's request: signed in, in a transaction of its own.
                    return fixtures.as("registrator", () -> registry.registerMatter(
                            RegistryFixtures.report(board.getId(), title)).getRegistryNumber());
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> serials = new ArrayList<>();
            for (Future<RegistryNumber> result : results) {
                RegistryNumber number = result.get(2, TimeUnit.MINUTES);
                assertThat(number.prefix()).isEqualTo(board.getAdministration().getRegistryPrefix());
                serials.add(number.serial());
            }
            assertThat(serials).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, REGISTRATIONS).boxed().toList());
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForList("""
                select serial from matter where board_id = ? order by serial""", Integer.class, board.getId()))
                .isEqualTo(IntStream.rangeClosed(1, REGISTRATIONS).boxed().toList());
    }
}
