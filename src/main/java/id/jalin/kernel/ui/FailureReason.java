package id.jalin.kernel.ui;

import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.db.DatabaseUnavailableException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The causes of failure a coordinator can act on, recognised anywhere in an exception's cause chain (a jOOQ
 * exception wraps the driver's SQLException, which wraps the socket's ConnectException). Each has a bundle key
 * {@code failure.reason.<name>}; the driver's own English text is kept only for the details.
 */
@id.jalin.kernel.i18n.Labels("failure.reason")
public enum FailureReason {
    DATABASE_UNREACHABLE, DATABASE_LOGIN_REFUSED, DATABASE_MISSING, DATABASE_IN_USE,
    RECORD_CHANGED, RECORD_DELETED, NOT_PERMITTED, DISK_FULL, PERMISSION_DENIED, FILE_MISSING, UNKNOWN;

    public String messageKey() {
        return "failure.reason." + name().toLowerCase(Locale.ROOT);
    }

    public static FailureReason of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            FailureReason reason = direct(cause);
            if (reason != UNKNOWN) {
                return reason;
            }
        }
        return UNKNOWN;
    }

    private static FailureReason direct(Throwable cause) {
        if (cause instanceof id.jalin.kernel.access.NotPermittedException) {
            return NOT_PERMITTED;
        }
        if (cause instanceof StaleRecordException) {
            return RECORD_CHANGED;
        }
        if (cause instanceof RecordGoneException) {
            return RECORD_DELETED;
        }
        if (cause instanceof DatabaseUnavailableException unavailable) {
            return switch (unavailable.reason()) {
                case SERVER_UNREACHABLE -> DATABASE_UNREACHABLE;
                case LOGIN_REFUSED -> DATABASE_LOGIN_REFUSED;
                case DATABASE_MISSING -> DATABASE_MISSING;
                case IN_USE_BY_ANOTHER_JALIN -> DATABASE_IN_USE;
                case OTHER -> UNKNOWN;
            };
        }
        if (cause instanceof SQLException sql) {
            String state = sql.getSQLState() == null ? "" : sql.getSQLState();
            // 08: connection failures; 57P01-57P03: the server shut down or restarts under the connection.
            if (state.startsWith("08") || state.startsWith("57P0")) {
                return DATABASE_UNREACHABLE;
            }
            if (state.startsWith("28")) {
                return DATABASE_LOGIN_REFUSED;
            }
        }
        if (cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException || cause instanceof SocketTimeoutException) {
            return DATABASE_UNREACHABLE;
        }
        if (cause instanceof AccessDeniedException) {
            return PERMISSION_DENIED;
        }
        if (cause instanceof NoSuchFileException || cause instanceof java.io.FileNotFoundException
                && String.valueOf(cause.getMessage()).contains("No such file")) {
            return FILE_MISSING;
        }
        if (cause instanceof IOException) {
            String text = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            // The JDK reports these only in the operating system's words.
            if (text.contains("no space left") || text.contains("not enough space") || text.contains("disk full")) {
                return DISK_FULL;
            }
            if (text.contains("permission denied") || text.contains("access is denied")
                    || text.contains("read-only file system")) {
                return PERMISSION_DENIED;
            }
        }
        return UNKNOWN;
    }
}
