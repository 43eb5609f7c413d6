package se.namndflode;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two writers at the same moment, made deterministic: the first one's change is written in a transaction of
 * another thread and held uncommitted while the second one runs here. The second reads the data as it was (the
 * first has not committed), and its own write waits on the rows the first one holds until the first commits;
 * so it meets the first in the database, as a real race would at its worst moment.
 */
public final class Interleaving {

    /** How long the first holds its transaction open: enough for the second to reach the held rows. */
    private static final long HOLD_MILLIS = 1_500;

    private Interleaving() {
    }

    public static <T> T whileUncommitted(PlatformTransactionManager transactions, Runnable first, Callable<T> second)
            throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            Future<?> holder = thread.submit(() -> new TransactionTemplate(transactions).executeWithoutResult(
                    status -> {
                        first.run();
                        written.countDown();
                        try {
                            Thread.sleep(HOLD_MILLIS);
                        } catch (InterruptedException interrupted) {
                            Thread.currentThread().interrupt();
                        }
                    }));
            if (!written.await(30, TimeUnit.SECONDS)) {
                holder.get(1, TimeUnit.SECONDS);
                throw new IllegalStateException("The first writer did not write");
            }
            T result = second.call();
            holder.get(30, TimeUnit.SECONDS);
            return result;
        } finally {
            thread.shutdownNow();
        }
    }
}
