package dk.virkning.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Records the SQL of every statement the application prepares, for tests that count the queries a
 * request makes. Import it into a test class (which then gets a context of its own).
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlLog {

    private static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();

    /** Forgets what was recorded so far. */
    public static void clear() {
        STATEMENTS.clear();
    }

    /** The SQL prepared since the last {@link #clear()} that names the given text. */
    public static List<String> naming(String text) {
        return STATEMENTS.stream().filter(sql -> sql.contains(text)).toList();
    }

    @Bean
    static BeanPostProcessor sqlLogDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource ds && !(bean instanceof Recording) ? new Recording(ds) : bean;
            }
        };
    }

    private static final class Recording extends DelegatingDataSource {

        Recording(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws java.sql.SQLException {
            return recording(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws java.sql.SQLException {
            return recording(super.getConnection(username, password));
        }

        private static Connection recording(Connection target) {
            InvocationHandler handler = (proxy, method, args) -> {
                if ((method.getName().equals("prepareStatement")
                                || method.getName().equals("prepareCall"))
                        && args != null
                        && args[0] instanceof String sql) {
                    STATEMENTS.add(sql);
                }
                try {
                    return method.invoke(target, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            };
            return (Connection)
                    Proxy.newProxyInstance(SqlLog.class.getClassLoader(), new Class<?>[] {Connection.class}, handler);
        }
    }
}
