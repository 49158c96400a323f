package id.jalin.kernel.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Both languages have every key, and every key the code asks for exists (JabRef's LocalizationConsistencyTest). */
class BundleConsistencyTest {
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "\"((?:app|common|member|settings|startup|demo|agreement|card|visit|forum|holder)\\.[a-zA-Z0-9_]+(?:\\.[a-zA-Z0-9_]+)+)\"");

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleConsistencyTest.class.getResourceAsStream("/id/jalin/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void indonesianAndEnglishHaveTheSameKeys() throws IOException {
        Set<String> indonesian = new TreeSet<>(load("id").stringPropertyNames());
        Set<String> english = new TreeSet<>(load("en").stringPropertyNames());
        assertThat(english).as("keys missing from one of the two files").isEqualTo(indonesian);
    }

    @Test
    void everyKeyUsedInCodeExists() throws IOException {
        Properties indonesian = load("id");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            // Setting.java names preference keys (card.print.frontOffsetX), not bundle keys.
            for (Path file : files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("Setting.java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    String key = matcher.group(1);
                    // Keys that end in a dot are prefixes completed at run time (enum labels).
                    if (!key.endsWith(".") && !indonesian.containsKey(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyPatternIsAValidMessageFormat() throws IOException {
        for (String language : new String[] {"id", "en"}) {
            Properties properties = load(language);
            for (String key : properties.stringPropertyNames()) {
                String pattern = properties.getProperty(key);
                if (pattern.contains("{0")) {
                    new MessageFormat(pattern);
                    assertThat(pattern).as(language + ":" + key + " has a lone apostrophe that would swallow text")
                            .doesNotContainPattern("(?<!')'(?!')");
                }
            }
        }
    }

    @Test
    void enumLabelsExistForEveryConstant() {
        Messages id = new Messages(Language.INDONESIAN);
        Messages en = new Messages(Language.ENGLISH);
        for (var type : new Class<?>[] {id.jalin.member.domain.LibraryKind.class, id.jalin.member.domain.MemberStatus.class,
                id.jalin.member.domain.ForumRole.class}) {
            String prefix = switch (type.getSimpleName()) {
                case "LibraryKind" -> "member.kind";
                case "MemberStatus" -> "member.status";
                default -> "member.role";
            };
            for (Object constant : type.getEnumConstants()) {
                assertThat(id.label(prefix, (Enum<?>) constant)).doesNotStartWith("!");
                assertThat(en.label(prefix, (Enum<?>) constant)).doesNotStartWith("!");
            }
        }
    }
}
