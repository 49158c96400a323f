package id.jalin.kernel.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Both languages have every key, and every key the code asks for exists (JabRef's LocalizationConsistencyTest).
 * Nothing here lists features: the key prefixes come from the bundle itself and the enums shown on screen declare
 * their prefixes with {@link Labels}, so a new feature's words are checked the day it lands.
 */
class BundleConsistencyTest {
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([a-z][a-zA-Z]*(?:\\.[a-zA-Z0-9_]+)*\\.?)\"");
    private static final Pattern LABEL_CALL = Pattern.compile("\\.label\\(\"([^\"]+)\"");

    /**
     * Keys completed at run time from something other than an enum, with every completion the code can make.
     * A new run-time prefix must be added here with its completions, or be an enum's {@link Labels} prefix.
     */
    private static final Map<String, List<String>> RUN_TIME_KEYS = Map.of(
            "agreement.party.ordinal.", IntStream.rangeClosed(1, 5).mapToObj(String::valueOf).toList(),
            // Every table that refers to a library: checked against the live schema by ReferenceTableNamesTest.
            "member.reference.table.", List.of(),
            "stale.record.", List.of("agreement", "card", "holder", "member", "proposal", "round", "trainingEvent",
                    "trainingSession", "trainingRegistration"),
            "card.print.rule.", IntStream.rangeClosed(1, 5).mapToObj(String::valueOf).toList(),
            "card.screen.calibration.", List.of("front.offset.x", "front.offset.y", "back.offset.x", "back.offset.y"),
            "member.field.", List.of("code", "name", "institution", "kind", "status", "address", "city", "province",
                    "phone", "email", "website", "joinedOn", "duesClass", "yearlyDues", "collectionTitles", "notes"));

    private static Properties indonesian;
    private static Properties english;
    private static Set<String> topLevelPrefixes;
    private static List<Class<?>> enums;

    @BeforeAll
    static void load() throws IOException, ClassNotFoundException {
        indonesian = load("id");
        english = load("en");
        topLevelPrefixes = indonesian.stringPropertyNames().stream().map(k -> k.substring(0, k.indexOf('.')))
                .collect(Collectors.toCollection(TreeSet::new));
        enums = new ArrayList<>();
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes.resolve("id/jalin"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.contains(".generated.")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, BundleConsistencyTest.class.getClassLoader());
                if (type.isEnum()) {
                    enums.add(type);
                }
            }
        }
    }

    private static Properties load(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = BundleConsistencyTest.class.getResourceAsStream("/id/jalin/i18n/messages_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Map<Path, String> mainSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            // Setting.java names preference keys (card.print.frontOffsetX), not bundle keys.
            return files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.getFileName().toString().equals("Setting.java"))
                    .collect(Collectors.toMap(p -> p, p -> {
                        try {
                            return Files.readString(p);
                        } catch (IOException e) {
                            throw new IllegalStateException(e);
                        }
                    }));
        }
    }

    private static Set<String> declaredEnumPrefixes() {
        return enums.stream().filter(t -> t.isAnnotationPresent(Labels.class))
                .flatMap(t -> Stream.of(t.getAnnotation(Labels.class).value())).collect(Collectors.toSet());
    }

    @Test
    void indonesianAndEnglishHaveTheSameKeys() {
        assertThat(new TreeSet<>(english.stringPropertyNames())).as("keys missing from one of the two files")
                .isEqualTo(new TreeSet<>(indonesian.stringPropertyNames()));
    }

    @Test
    void everyKeyUsedInCodeExists() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (var source : mainSources().entrySet()) {
            Matcher matcher = STRING_LITERAL.matcher(source.getValue());
            while (matcher.find()) {
                String key = matcher.group(1);
                boolean looksLikeKey = key.contains(".") && topLevelPrefixes.contains(key.substring(0, key.indexOf('.')));
                // A literal may also name a family of keys that a shared dialog completes (".title", ".ok").
                boolean family = indonesian.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key + "."));
                if (looksLikeKey && !key.endsWith(".") && !indonesian.containsKey(key) && !family) {
                    missing.add(key + " (" + source.getKey().getFileName() + ")");
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyKeyBuiltAtRunTimeIsDeclared() throws IOException {
        Set<String> enumPrefixes = declaredEnumPrefixes();
        Set<String> undeclared = new TreeSet<>();
        for (var source : mainSources().entrySet()) {
            Matcher literal = STRING_LITERAL.matcher(source.getValue());
            while (literal.find()) {
                String key = literal.group(1);
                boolean looksLikeKey = key.contains(".") && topLevelPrefixes.contains(key.substring(0, key.indexOf('.')));
                if (looksLikeKey && key.endsWith(".") && !RUN_TIME_KEYS.containsKey(key)
                        && !enumPrefixes.contains(key.substring(0, key.length() - 1))) {
                    undeclared.add(key + " (" + source.getKey().getFileName() + ")");
                }
            }
            Matcher label = LABEL_CALL.matcher(source.getValue());
            while (label.find()) {
                if (!enumPrefixes.contains(label.group(1))) {
                    undeclared.add(label.group(1) + " (label() in " + source.getKey().getFileName() + ")");
                }
            }
        }
        assertThat(undeclared).as("run-time key prefixes that no @Labels enum and no RUN_TIME_KEYS entry declares")
                .isEmpty();
    }

    @Test
    void everyRunTimeCompletionExists() {
        Set<String> missing = new TreeSet<>();
        RUN_TIME_KEYS.forEach((prefix, completions) -> completions.stream().map(c -> prefix + c)
                .filter(key -> !indonesian.containsKey(key) || !english.containsKey(key)).forEach(missing::add));
        assertThat(missing).isEmpty();
    }

    @Test
    void everyLabelledEnumConstantHasWordsInBothLanguages() {
        Set<String> missing = new TreeSet<>();
        for (Class<?> type : enums) {
            Labels labels = type.getAnnotation(Labels.class);
            if (labels == null) {
                continue;
            }
            for (String prefix : labels.value()) {
                for (Object constant : type.getEnumConstants()) {
                    String key = prefix + "." + ((Enum<?>) constant).name().toLowerCase(Locale.ROOT);
                    if (!indonesian.containsKey(key) || !english.containsKey(key)) {
                        missing.add(key + " (" + type.getSimpleName() + ")");
                    }
                }
            }
        }
        assertThat(enums).as("the scan found the project's enums").isNotEmpty();
        assertThat(missing).isEmpty();
    }

    @Test
    void everyDomainEnumDeclaresItsWords() {
        List<String> silent = enums.stream()
                .filter(t -> t.getPackageName().matches("id\\.jalin\\.[a-z]+\\.domain(\\..*)?"))
                .filter(t -> !t.isAnnotationPresent(Labels.class))
                .map(Class::getName).sorted().toList();
        assertThat(silent).as("domain enums without @Labels (use @Labels({}) for one that is never shown)").isEmpty();
    }

    @Test
    void everyPatternIsAValidMessageFormat() {
        for (Properties properties : List.of(indonesian, english)) {
            for (String key : properties.stringPropertyNames()) {
                String pattern = properties.getProperty(key);
                if (pattern.contains("{0")) {
                    new MessageFormat(pattern);
                    assertThat(pattern).as(key + " has a lone apostrophe that would swallow text")
                            .doesNotContainPattern("(?<!')'(?!')");
                }
            }
        }
    }
}
