package id.jalin.member.data;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.i18n.Language;
import id.jalin.kernel.i18n.Messages;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

/**
 * A member that other records point at cannot be deleted, and the refusal names those records in words
 * ("member.reference.table.<table>"). Every table of every migration that refers to a library needs those words,
 * or the refusal would show a raw table name.
 */
class ReferenceTableNamesTest {

    @Test
    void everyTableThatRefersToALibraryHasANameInBothLanguages() {
        Set<String> referring = new TreeSet<>();
        try (Database database = TestDatabases.h2()) {
            for (Table<?> table : database.dsl().meta().getSchemas().stream()
                    .filter(s -> s.getName().equalsIgnoreCase("public")).flatMap(s -> s.getTables().stream()).toList()) {
                for (ForeignKey<?, ?> key : table.getReferences()) {
                    if (key.getKey().getTable().getName().equalsIgnoreCase("library")) {
                        referring.add(table.getName().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        assertThat(referring).as("the schema has tables referring to a library").contains("agreement_party");
        Set<String> unnamed = new TreeSet<>();
        for (Language language : Language.values()) {
            Messages messages = new Messages(language);
            referring.stream().filter(t -> !messages.has("member.reference.table." + t))
                    .forEach(t -> unnamed.add(language + ": " + t));
        }
        assertThat(unnamed).isEmpty();
    }
}
