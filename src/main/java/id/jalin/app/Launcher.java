package id.jalin.app;

/**
 * Entry point for {@code java -jar} and the jpackage image: with JavaFX on the class path, a main class that
 * extends {@code Application} fails with "JavaFX runtime components are missing", a plain one does not.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        JalinApp.main(args);
    }
}
