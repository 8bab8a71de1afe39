package dk.virkning.tenant;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A connection whose every transaction carries the thread's tenant as a transaction-local setting
 * ({@code set_config('virkning.tenant', ?, true)}), which the row-level security policies read.
 *
 * <p>Transaction-local, never session-level: behind a transaction-pooling PgBouncer consecutive
 * transactions of one client connection may run on different server sessions, and one server session
 * serves many clients, so a session setting could carry one tenant into another tenant's transaction.
 * The setting is made lazily, just before the first statement of each transaction (and before a
 * savepoint or a driver-level use such as COPY), so an idle connection holds no transaction open. A
 * statement run in autocommit mode is its own transaction, so it is run as one explicit transaction:
 * the setting, the statement, commit.
 */
final class TenantScopedConnection implements InvocationHandler {

    private static final String SETTING = "SELECT set_config('virkning.tenant', ?, true)";

    private final Connection target;
    private boolean settingMade;

    private TenantScopedConnection(Connection target) {
        this.target = target;
    }

    static Connection wrap(Connection target) {
        return (Connection) Proxy.newProxyInstance(
                TenantScopedConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                new TenantScopedConnection(target));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "createStatement", "prepareStatement", "prepareCall" -> {
                Statement statement = (Statement) call(method, args);
                return TenantScopedStatement.wrap(statement, method.getReturnType(), this, (Connection) proxy);
            }
            case "setSavepoint" -> inTransaction();
            case "unwrap" -> {
                if (((Class<?>) args[0]).isInstance(proxy)) {
                    return proxy;
                }
                if (!target.getAutoCommit()) {
                    inTransaction();
                }
            }
            case "isWrapperFor" -> {
                if (((Class<?>) args[0]).isInstance(proxy)) {
                    return true;
                }
            }
            default -> {}
        }
        Object result = call(method, args);
        switch (method.getName()) {
            // A transaction ended (or began anew): its setting is gone with it.
            case "commit", "setAutoCommit", "close" -> settingMade = false;
            case "rollback" -> settingMade = settingMade && args != null && args.length == 1;
            default -> {}
        }
        return result;
    }

    /**
     * Runs one statement execution: inside the caller's transaction after making the setting, or, in
     * autocommit mode, as a transaction of its own.
     */
    Object execute(Statement statement, Method method, Object[] args) throws Throwable {
        if (!target.getAutoCommit()) {
            inTransaction();
            return invokeOn(statement, method, args);
        }
        target.setAutoCommit(false);
        settingMade = false;
        try {
            inTransaction();
            Object result = invokeOn(statement, method, args);
            target.commit();
            return result;
        } catch (Throwable e) {
            rollbackQuietly(e);
            throw e;
        } finally {
            settingMade = false;
            target.setAutoCommit(true);
        }
    }

    private void inTransaction() throws SQLException {
        if (settingMade) {
            return;
        }
        try (PreparedStatement ps = target.prepareStatement(SETTING)) {
            ps.setString(1, TenantContext.current());
            ps.execute();
        }
        settingMade = true;
    }

    private void rollbackQuietly(Throwable cause) {
        try {
            target.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private Object call(Method method, Object[] args) throws Throwable {
        return invokeOn(target, method, args);
    }

    /** Calls {@code method} on {@code on}, rethrowing what it threw rather than the reflective wrapper. */
    static Object invokeOn(Object on, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(on, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
