package dk.virkning.plugins.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** REFLECT: what a plugin could find of its caller if nothing stopped it. */
final class Reflection {

    static final List<String> WANTED =
            List.of("org.springframework.context.ApplicationContext", "com.zaxxer.hikari.HikariDataSource");

    private Reflection() {}

    static String reachForTheCaller() {
        List<String> found = new ArrayList<>();
        try {
            for (Map.Entry<Thread, StackTraceElement[]> e :
                    Thread.getAllStackTraces().entrySet()) {
                StackTraceElement[] frames = e.getValue();
                found.add("thread " + e.getKey().getName()
                        + (frames.length > 0 ? " at " + frames[frames.length - 1].getClassName() : ""));
            }
        } catch (RuntimeException e) {
            found.add("stack traces refused: " + e);
        }
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (ClassLoader l = loader; l != null; l = l.getParent()) {
            found.add("class loader " + l);
        }
        for (String name : WANTED) {
            for (ClassLoader l : new ClassLoader[] {loader, Reflection.class.getClassLoader()}) {
                try {
                    Class<?> c = Class.forName(name, false, l);
                    found.add("found " + c.getName() + " in " + c.getClassLoader() + " with "
                            + c.getDeclaredMethods().length + " methods");
                } catch (ClassNotFoundException | RuntimeException | LinkageError e) {
                    found.add("no " + name + " via " + l + ": " + e);
                }
            }
        }
        return String.join("\n", found);
    }
}
