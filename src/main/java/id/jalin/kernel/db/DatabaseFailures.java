package id.jalin.kernel.db;

import id.jalin.kernel.db.DatabaseUnavailableException.Reason;
import java.sql.SQLException;

/** Turns the drivers' SQL states and error codes into reasons a coordinator can act on. */
final class DatabaseFailures {
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private DatabaseFailures() {
    }

    static DatabaseUnavailableException classify(SQLException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Reason reason;
        if (e.getErrorCode() == H2_DATABASE_ALREADY_OPEN || String.valueOf(e.getMessage()).contains("already in use")) {
            reason = Reason.IN_USE_BY_ANOTHER_JALIN;
        } else if (state.startsWith("08")) {
            reason = Reason.SERVER_UNREACHABLE;
        } else if (state.equals("28P01") || state.equals("28000")) {
            reason = Reason.LOGIN_REFUSED;
        } else if (state.equals("3D000")) {
            reason = Reason.DATABASE_MISSING;
        } else {
            reason = Reason.OTHER;
        }
        String detail = root.getMessage() == null ? e.getMessage() : root.getMessage();
        return new DatabaseUnavailableException(reason, firstLine(detail), e);
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
