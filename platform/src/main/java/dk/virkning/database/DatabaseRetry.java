package dk.virkning.database;

import dk.virkning.shared.DatabaseFailures;
import java.time.Duration;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;

/**
 * A bounded, logged retry of work that fails only because the database is unavailable (Spring's
 * {@link RetryTemplate}): 1 s, 2 s, 4 s, ... at most 10 s apart, for at most {@code limit} in all.
 * Any other failure, and the last one when time is up, is thrown as it is.
 */
public final class DatabaseRetry {

    private static final Logger log = LoggerFactory.getLogger(DatabaseRetry.class);

    private final RetryTemplate template;
    private final Duration limit;

    public DatabaseRetry(Duration limit) {
        this.limit = limit;
        this.template = new RetryTemplate(RetryPolicy.builder()
                .maxRetries(Long.MAX_VALUE)
                .delay(Duration.ofSeconds(1))
                .multiplier(2)
                .maxDelay(Duration.ofSeconds(10))
                .timeout(limit)
                .predicate(DatabaseFailures::isUnavailable)
                .build());
        template.setRetryListener(new RetryListener() {
            @Override
            public void onRetryFailure(RetryPolicy policy, Retryable<?> work, Throwable failure) {
                log.warn(
                        "{}: the database is not available yet ({}); retrying for up to {} in all",
                        work.getName(),
                        rootMessage(failure),
                        limit);
            }
        });
    }

    /** Runs the work, retried while the database is unavailable. */
    public <T> T run(String what, Supplier<T> work) {
        try {
            return template.execute(new Retryable<T>() {
                @Override
                public T execute() {
                    return work.get();
                }

                @Override
                public String getName() {
                    return what;
                }
            });
        } catch (RetryException e) {
            Throwable last = e.getLastException() != null ? e.getLastException() : e.getCause();
            if (DatabaseFailures.isUnavailable(last)) {
                log.error("{}: the database stayed unavailable for {}; giving up", what, limit);
            }
            if (last instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (last instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(what + " failed", last);
        }
    }

    /** Runs the work, retried while the database is unavailable. */
    public void run(String what, Runnable work) {
        run(what, () -> {
            work.run();
            return null;
        });
    }

    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
