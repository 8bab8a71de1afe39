package dk.virkning.tenant;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;

/**
 * A statement of a {@link TenantScopedConnection}: every execution runs in a transaction that carries
 * the tenant setting, and the statement names the scoped connection, not the driver's, as its own.
 */
final class TenantScopedStatement implements InvocationHandler {

    private static final Set<String> EXECUTIONS = Set.of(
            "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private final Statement target;
    private final TenantScopedConnection connection;
    private final Connection connectionProxy;

    private TenantScopedStatement(Statement target, TenantScopedConnection connection, Connection connectionProxy) {
        this.target = target;
        this.connection = connection;
        this.connectionProxy = connectionProxy;
    }

    static Statement wrap(
            Statement target, Class<?> type, TenantScopedConnection connection, Connection connectionProxy) {
        return (Statement) Proxy.newProxyInstance(
                TenantScopedStatement.class.getClassLoader(),
                new Class<?>[] {type},
                new TenantScopedStatement(target, connection, connectionProxy));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (EXECUTIONS.contains(name)) {
            return connection.execute(target, method, args);
        }
        if ("getConnection".equals(name)) {
            return connectionProxy;
        }
        if ("unwrap".equals(name) && ((Class<?>) args[0]).isInstance(proxy)) {
            return proxy;
        }
        return TenantScopedConnection.invokeOn(target, method, args);
    }
}
