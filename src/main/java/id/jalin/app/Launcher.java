package id.jalin.app;

/**
 * Entry point for {@code java -jar} and the jpackage image: with JavaFX on the class path, a main class that
 * extends {@code Application} fails with "JavaFX runtime components are missing", a plain one does not. A first
 * argument that names a command ({@code Jalin backup --user koordinator}) runs the command line instead of the
 * window, and exits with its code (decision record 0021).
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (id.jalin.cli.JalinCli.isCommand(args)) {
            id.jalin.cli.JalinCli.main(args);
            return;
        }
        JalinApp.main(args);
    }
}
