package dk.virkning.shared;

import java.sql.SQLException;

/**
 * Describes a database failure for the log by its codes only: SQLState, the constraint if any and
 * the class that failed. PostgreSQL's messages quote the offending values, so they never get logged.
 */
final class SqlFailure {

    private SqlFailure() {}

    static boolean isDatabase(Throwable e) {
        return sql(e) != null;
    }

    static String describe(Throwable e) {
        SQLException sql = sql(e);
        if (sql == null) {
            return e.getClass().getSimpleName();
        }
        String constraint = null;
        if (sql instanceof org.postgresql.util.PSQLException p && p.getServerErrorMessage() != null) {
            constraint = p.getServerErrorMessage().getConstraint();
        }
        return "SQLState " + sql.getSQLState() + (constraint == null ? "" : ", constraint " + constraint);
    }

    /** The first application frame, so that the failure can be found without its message. */
    static String origin(Throwable e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("dk.virkning.")) {
                return frame.getClassName() + "." + frame.getMethodName() + ":" + frame.getLineNumber();
            }
        }
        return e.getClass().getSimpleName();
    }

    private static SQLException sql(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }
}
