package id.jalin.kernel.db.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.db.generated.DefaultSchema;
import java.util.ArrayList;
import java.util.List;
import org.jooq.ForeignKey;
import org.jooq.Table;
import org.junit.jupiter.api.Test;

/** The order is computed from the real schema: every table, each after the tables it refers to. */
class TransferTablesTest {
    @Test
    void everyTableOfTheSchemaComesAfterEveryTableItRefersTo() {
        List<Table<?>> ordered = TransferTables.inDependencyOrder();
        List<String> names = new ArrayList<>();
        ordered.forEach(table -> names.add(table.getName()));

        assertThat(names).hasSameSizeAs(DefaultSchema.DEFAULT_SCHEMA.getTables())
                .doesNotHaveDuplicates().doesNotContain("flyway_schema_history");
        for (Table<?> table : ordered) {
            for (ForeignKey<?, ?> key : table.getReferences()) {
                String parent = key.getKey().getTable().getName();
                assertThat(names.indexOf(parent)).as(table.getName() + " refers to " + parent)
                        .isLessThanOrEqualTo(names.indexOf(table.getName()));
            }
        }
        assertThat(names.indexOf("library")).isLessThan(names.indexOf("staff"));
        assertThat(names.indexOf("agreement_obligation")).isLessThan(names.indexOf("obligation_fulfilment"));
        assertThat(names.indexOf("card")).isLessThan(names.indexOf("visit_arrival"));
    }

    @Test
    void theOrderIsTheSameOnEveryRun() {
        assertThat(TransferTables.order(TransferTables.reversed(new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables()))))
                .isEqualTo(TransferTables.inDependencyOrder());
    }
}
