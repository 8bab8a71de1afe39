package dk.virkning.shared;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises, anywhere in an exception's causes, that the database could not be reached or did not
 * answer in time, so that the caller answers 503 (and retries at start-up) instead of 500.
 */
public final class DatabaseFailures {

    /** What went wrong with the database. */
    public enum Kind {
        /** Unreachable, refusing, shutting down, or stalled past the socket timeout: try again soon. */
        UNAVAILABLE,
        /** A statement ran past its statement timeout and was cancelled (SQLSTATE 57014). */
        TIME_LIMIT
    }

    private static final int MAX_DEPTH = 32;

    private DatabaseFailures() {}

    public static Optional<Kind> classify(Throwable failure) {
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure;
                t != null && seen.put(t, Boolean.TRUE) == null && seen.size() < MAX_DEPTH;
                t = t.getCause()) {
            if (t instanceof SQLException sql && "57014".equals(sql.getSQLState())) {
                return Optional.of(Kind.TIME_LIMIT);
            }
            if (t instanceof SQLTransientConnectionException
                    || t instanceof SocketTimeoutException
                    || t instanceof ConnectException
                    || t instanceof SQLException sql && isConnectionState(sql.getSQLState())
                    // The pool's answer on a connection it closed under a cut session (a rollback after
                    // the server went away): the original failure is lost behind it.
                    || t instanceof SQLException closed && "Connection is closed".equals(closed.getMessage())) {
                return Optional.of(Kind.UNAVAILABLE);
            }
        }
        return Optional.empty();
    }

    public static boolean isUnavailable(Throwable failure) {
        return classify(failure).filter(Kind.UNAVAILABLE::equals).isPresent();
    }

    /** Class 08 (connection exception), shutdown and start-up states, too many connections. */
    private static boolean isConnectionState(String state) {
        return state != null
                && (state.startsWith("08")
                        || state.equals("57P01")
                        || state.equals("57P02")
                        || state.equals("57P03")
                        || state.equals("53300"));
    }
}
