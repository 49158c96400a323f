package id.jalin.cli;

import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app logs to the console and to its log file; on the command line standard output carries the result and
 * standard error the progress and the one-line failure, so the console copy of the log is taken off. The log file
 * keeps everything, as for the app.
 */
final class QuietConsoleLog {
    private QuietConsoleLog() {
    }

    static void apply() {
        if (LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME) instanceof Logger root) {
            root.detachAppender("CONSOLE");
        }
    }
}
