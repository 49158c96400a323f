package id.jalin.member.data;

import static id.jalin.kernel.db.generated.Tables.LIBRARY;

import id.jalin.member.domain.MemberReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Finds rows in other features' tables that point at a library, by reading the database's own foreign keys.
 * Later features (agreements, cards, loans) are covered as soon as their migrations declare the key.
 */
final class MemberReferenceFinder {
    /** Tables that belong to the member itself and go with it (a host rule is only a setting of the library). */
    private static final Set<String> OWNED = Set.of("staff", "host_rule");

    private final DSLContext dsl;

    MemberReferenceFinder(DSLContext dsl) {
        this.dsl = dsl;
    }

    List<MemberReference> referencesTo(long libraryId) {
        List<MemberReference> references = new ArrayList<>();
        for (Table<?> table : schemaTables()) {
            String name = table.getName().toLowerCase(Locale.ROOT);
            if (OWNED.contains(name)) {
                continue;
            }
            for (ForeignKey<?, ?> key : table.getReferences()) {
                if (!key.getKey().getTable().getName().equalsIgnoreCase(LIBRARY.getName())
                        || key.getFields().size() != 1) {
                    continue;
                }
                TableField<?, ?> column = key.getFields().get(0);
                long count = dsl.fetchCount(DSL.table(DSL.name(table.getName())),
                        DSL.field(DSL.name(column.getName())).eq(libraryId));
                if (count > 0) {
                    references.add(new MemberReference(name, count));
                }
            }
        }
        return references;
    }

    private List<Table<?>> schemaTables() {
        // The live catalogue, not the generated one, so a table added by a later migration counts at once.
        return dsl.meta().getSchemas().stream()
                .filter(schema -> schema.getName().equalsIgnoreCase("public"))
                .flatMap(schema -> schema.getTables().stream())
                .toList();
    }
}
