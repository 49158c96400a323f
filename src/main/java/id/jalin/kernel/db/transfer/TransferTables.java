package id.jalin.kernel.db.transfer;

import id.jalin.kernel.db.generated.DefaultSchema;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jooq.ForeignKey;
import org.jooq.Table;

/**
 * The forum's tables in an order in which each comes after every table it refers to, computed from the generated
 * schema's foreign keys, so a table a later feature adds is moved and backed up without anyone listing it. Flyway's
 * own history is not in the generated schema: every database gets it from its own migration.
 */
public final class TransferTables {
    private TransferTables() {
    }

    /** Every table of the schema this Jalin was built with, parents first. */
    public static List<Table<?>> inDependencyOrder() {
        return order(DefaultSchema.DEFAULT_SCHEMA.getTables());
    }

    /**
     * Parents before children; among tables free to go, alphabetical, so the order is the same on every run.
     * A table's reference to itself does not count (see {@link TableWriter}); a cycle between tables does, and is
     * refused, because no insertion order could satisfy it.
     */
    public static List<Table<?>> order(Collection<? extends Table<?>> tables) {
        Map<String, Table<?>> byName = new LinkedHashMap<>();
        tables.forEach(table -> byName.put(table.getName(), table));
        Map<String, TreeSet<String>> parents = new LinkedHashMap<>();
        for (Table<?> table : byName.values()) {
            TreeSet<String> refs = new TreeSet<>();
            for (ForeignKey<?, ?> key : table.getReferences()) {
                String parent = key.getKey().getTable().getName();
                if (!parent.equals(table.getName()) && byName.containsKey(parent)) {
                    refs.add(parent);
                }
            }
            parents.put(table.getName(), refs);
        }
        List<Table<?>> ordered = new ArrayList<>();
        TreeSet<String> ready = new TreeSet<>();
        parents.forEach((name, refs) -> {
            if (refs.isEmpty()) {
                ready.add(name);
            }
        });
        while (!ready.isEmpty()) {
            String next = ready.pollFirst();
            ordered.add(byName.get(next));
            parents.remove(next);
            parents.forEach((name, refs) -> {
                if (refs.remove(next) && refs.isEmpty()) {
                    ready.add(name);
                }
            });
        }
        if (!parents.isEmpty()) {
            throw new IllegalStateException("Tables refer to each other in a cycle: " + new TreeSet<>(parents.keySet()));
        }
        return ordered;
    }

    /** Dependants first: the order for emptying the tables. */
    public static List<Table<?>> reversed(List<Table<?>> ordered) {
        List<Table<?>> reversed = new ArrayList<>(ordered);
        java.util.Collections.reverse(reversed);
        return reversed;
    }
}
