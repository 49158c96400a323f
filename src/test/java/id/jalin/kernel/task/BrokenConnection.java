package id.jalin.kernel.task;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.ConnectException;
import java.sql.SQLException;
import java.util.Set;

/**
 * A repository whose chosen methods fail as they do when the PostgreSQL server goes away: the driver's English
 * text inside an SQLException with state 08001, inside the data layer's runtime exception.
 */
public final class BrokenConnection {
    public static final String DRIVER_TEXT =
            "Connection to db.forum.local:5432 refused. Check that the hostname and port are correct. (Connection refused)";

    private BrokenConnection() {
    }

    public static RuntimeException failure() {
        return new RuntimeException("SQL [select ...]; " + DRIVER_TEXT,
                new SQLException(DRIVER_TEXT, "08001", new ConnectException("Connection refused")));
    }

    /**
     * {@code delegate} answers everything except the methods named in {@code failing} (read at each call, so a test
     * can break the connection halfway; "*" breaks every method), which throw {@link #failure()}.
     */
    @SuppressWarnings("unchecked")
    public static <T> T breaking(Class<T> type, T delegate, Set<String> failing) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (failing.contains(method.getName()) || failing.contains("*")) {
                throw failure();
            }
            try {
                return method.invoke(delegate, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
