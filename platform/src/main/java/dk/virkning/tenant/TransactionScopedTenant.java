package dk.virkning.tenant;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * A connection whose tenant setting lives only as long as the current transaction: {@code
 * set_config('virkning.tenant', ?, true)} is the first statement of every transaction on it. A
 * session-level setting would stay on the server connection, and behind a transaction-pooling
 * PgBouncer the next client's transaction on that server connection would inherit it.
 *
 * <p>Callers that use the connection in auto-commit mode (plain {@code JdbcTemplate} calls, COPY
 * streams) still need the tenant, and a transaction-local setting vanishes with the single-statement
 * transaction it was made in. So auto-commit is emulated: the real connection stays in a transaction,
 * committed when the caller closes the connection or takes over transaction control. Within one
 * checkout that groups the caller's statements into one transaction, which is what a checkout of one
 * JDBC call does anyway.
 *
 * <p>The setting is sent lazily, before the first statement of each transaction, so a checkout that
 * runs nothing costs no round trip, and {@code setReadOnly} still finds no transaction in progress.
 */
final class TransactionScopedTenant implements InvocationHandler {

    /** The calls after which the next statement runs in a new transaction. */
    private static final Set<String> STATEMENT_FACTORIES =
            Set.of("createStatement", "prepareStatement", "prepareCall", "unwrap", "nativeSQL");

    private final Connection target;
    private final String tenant;
    /** The caller believes it is in auto-commit mode; the real connection is in a transaction. */
    private boolean emulatedAutoCommit;
    /** The current transaction has not received the tenant setting yet. */
    private boolean pending = true;

    private boolean closed;

    private TransactionScopedTenant(Connection target, String tenant) {
        this.target = target;
        this.tenant = tenant;
    }

    /** Wraps a connection fresh from the pool for the given tenant key. */
    static Connection wrap(Connection target, String tenant) throws SQLException {
        TransactionScopedTenant handler = new TransactionScopedTenant(target, tenant);
        if (target.getAutoCommit()) {
            target.setAutoCommit(false);
            handler.emulatedAutoCommit = true;
        }
        return (Connection)
                Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "getAutoCommit":
                return emulatedAutoCommit || target.getAutoCommit();
            case "setAutoCommit":
                setAutoCommit((Boolean) args[0]);
                return null;
            case "commit", "rollback":
                if (args == null || args.length == 0) {
                    invokeTarget(method, args);
                    pending = true;
                    return null;
                }
                return invokeTarget(method, args);
            case "close":
                close();
                return null;
            case "isClosed":
                return closed || target.isClosed();
            case "equals":
                return proxy == args[0];
            case "hashCode":
                return System.identityHashCode(proxy);
            case "toString":
                return "TransactionScopedTenant[" + target + "]";
            default:
                if (STATEMENT_FACTORIES.contains(method.getName()) && pending && !closed) {
                    sendTenant();
                }
                return invokeTarget(method, args);
        }
    }

    private void setAutoCommit(boolean autoCommit) throws SQLException {
        if (autoCommit) {
            if (!emulatedAutoCommit) {
                // Ends the caller's transaction (JDBC commits on the switch); keep emulating.
                target.setAutoCommit(true);
                target.setAutoCommit(false);
                emulatedAutoCommit = true;
                pending = true;
            }
        } else if (emulatedAutoCommit) {
            // The caller starts a transaction: commit what ran "auto-committed" before it.
            target.commit();
            emulatedAutoCommit = false;
            pending = true;
        }
    }

    private void sendTenant() throws SQLException {
        try (PreparedStatement ps = target.prepareStatement("SELECT set_config('virkning.tenant', ?, true)")) {
            ps.setString(1, tenant);
            ps.execute();
        }
        pending = false;
    }

    private void close() throws SQLException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (emulatedAutoCommit && !target.isClosed()) {
                finishEmulatedTransaction();
            }
        } finally {
            target.close();
        }
    }

    /**
     * Commits what the caller ran as auto-committed statements. After a failed statement, whose
     * error the caller has already received, the transaction can only be rolled back; any other
     * failure to commit (e.g. a deferred constraint) reaches the caller.
     */
    private void finishEmulatedTransaction() throws SQLException {
        try {
            if (failed()) {
                target.rollback();
            } else {
                target.commit();
            }
        } catch (SQLException e) {
            target.rollback();
            throw e;
        } finally {
            target.setAutoCommit(true);
        }
    }

    private boolean failed() throws SQLException {
        return target.isWrapperFor(BaseConnection.class)
                && target.unwrap(BaseConnection.class).getTransactionState() == TransactionState.FAILED;
    }

    private Object invokeTarget(Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
