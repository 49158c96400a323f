package id.jalin.member.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every reason key the member domain can produce has a text in both languages. */
class MemberMessageKeysTest {
    private static final Pattern KEY = Pattern.compile("\"(member\\.(?:error|import)\\.[A-Za-z.]+)\"");

    @Test
    void everyMemberKeyInTheDomainSourceHasTextInBothLanguages() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/id/jalin/member/domain"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        assertThat(keys).contains("member.error.code.taken", "member.import.error.kind");
        for (Language language : Language.values()) {
            Messages messages = new Messages(language);
            assertThat(keys).allSatisfy(key -> {
                assertThat(messages.has(key)).as(language + " " + key).isTrue();
                assertThat(messages.get(key, 7, 8, "Y")).doesNotContain("{").doesNotStartWith("!");
            });
            // Row numbers are written as a spreadsheet shows them, without thousands separators.
            assertThat(messages.get("member.import.error.libraryRowRejected", "UNPAD", 1234)).contains("1234");
        }
    }
}
