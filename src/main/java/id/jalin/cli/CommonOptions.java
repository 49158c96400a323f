package id.jalin.cli;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.settings.Setting;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options every command takes: who is acting, which database, which language, how much to say. There is no
 * password option on purpose: a password on the command line is seen by every user of the computer (ps) and kept in
 * shell histories, so it comes from a prompt or an environment variable only.
 */
public final class CommonOptions {
    @Option(names = {"-u", "--user"}, paramLabel = "<login>", description = "Jalin login to act as; the password "
            + "comes from JALIN_PASSWORD or is asked.")
    String user;

    @Option(names = "--lang", paramLabel = "id|en", description = "Language of the messages (default: this "
            + "workstation's).")
    String language;

    @Option(names = "--verbose", description = "Print the stack trace of an unexpected failure.")
    boolean verbose;

    @Option(names = "--h2-file", paramLabel = "<path>", description = "An embedded database file instead of the "
            + "workstation's database.")
    Path h2File;

    @Option(names = "--pg-host", paramLabel = "<host>", description = "A PostgreSQL server instead of the "
            + "workstation's database; its password comes from JALIN_PG_PASSWORD or is asked.")
    String pgHost;

    @Option(names = "--pg-port", paramLabel = "<port>", defaultValue = "5432")
    int pgPort;

    @Option(names = "--pg-database", paramLabel = "<name>")
    String pgDatabase;

    @Option(names = "--pg-user", paramLabel = "<role>")
    String pgUser;

    Language language(CliEnvironment env) {
        return languageOf(language, env);
    }

    /** {@code id} or {@code en}; anything else, and no option, is the workstation's language. */
    static Language languageOf(String option, CliEnvironment env) {
        if (option != null) {
            switch (option.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "en", "english" -> {
                    return Language.ENGLISH;
                }
                case "id", "indonesian" -> {
                    return Language.INDONESIAN;
                }
                default -> {
                }
            }
        }
        return Language.fromTag(env.settings().get(Setting.LANGUAGE));
    }
}
