package id.jalin.kernel.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import id.jalin.kernel.db.TestDatabases.Kind;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The database's identifier, on H2 and on PostgreSQL: made once, then the same for everyone. */
@ParameterizedClass
@EnumSource(Kind.class)
class DatabaseIdentityTest {
    @Parameter
    Kind kind;

    private Database database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void identifierIsAUuidMadeOnceAndKept() {
        database = TestDatabases.fresh(kind);

        String first = new DatabaseIdentity(database.dsl()).identifier();
        String again = new DatabaseIdentity(database.dsl()).identifier();

        assertThat(UUID.fromString(first).toString()).isEqualTo(first);
        assertThat(again).isEqualTo(first);
    }

    @Test
    void anotherDatabaseHasAnotherIdentifier() {
        database = TestDatabases.fresh(kind);
        try (Database other = TestDatabases.fresh(kind)) {
            assertThat(new DatabaseIdentity(other.dsl()).identifier())
                    .isNotEqualTo(new DatabaseIdentity(database.dsl()).identifier());
        }
    }

    @Test
    void twoWorkstationsOnOneSharedDatabaseSeeTheSameIdentifier() {
        assumeTrue(kind == Kind.POSTGRES, "only PostgreSQL is shared between workstations");
        DataSource shared = TestDatabases.newPostgresDatabase();
        database = Database.over(DatabaseMode.SHARED_POSTGRES, shared);
        try (Database second = Database.over(DatabaseMode.SHARED_POSTGRES, shared)) {
            assertThat(new DatabaseIdentity(second.dsl()).identifier())
                    .isEqualTo(new DatabaseIdentity(database.dsl()).identifier());
        }
    }
}
