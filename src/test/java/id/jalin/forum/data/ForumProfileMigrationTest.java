package id.jalin.forum.data;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.forum.domain.ForumProfile;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.DatabaseMode;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Comparator;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V7 on databases that already exist: the schema is brought to the last version before V7 (V6 once the sibling
 * migrations land), something is stored or not, and then the app's own open runs V7. On H2 and PostgreSQL.
 */
@ParameterizedClass
@EnumSource(Kind.class)
class ForumProfileMigrationTest {
    private static final String SEED_NAME = "Forum Perpustakaan Perguruan Tinggi Indonesia Jawa Barat";
    private static final MigrationVersion V7 = MigrationVersion.fromVersion("7");

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
    void untouchedSeedOnADatabaseWithoutLibrariesIsEmptied() throws SQLException {
        DataSource source = migratedToJustBeforeV7();

        ForumProfile profile = openWithV7(source);

        assertThat(profile.isNamed()).isFalse();
        assertThat(profile.code()).isEmpty();
        assertThat(profile.address()).isEmpty();
        assertThat(profile.email()).isEmpty();
        assertThat(profile.expiryWarningDays()).isEqualTo(90);
    }

    @Test
    void seedOnADatabaseWithLibrariesIsKept() throws SQLException {
        DataSource source = migratedToJustBeforeV7();
        execute(source, "INSERT INTO library (code, name, kind, status) VALUES ('ITB', 'Perpustakaan ITB', 'INSTITUTE', 'ACTIVE')");

        ForumProfile profile = openWithV7(source);

        assertThat(profile.name()).isEqualTo(SEED_NAME);
        assertThat(profile.code()).isEqualTo("FPPTI-JABAR");
        assertThat(profile.email()).isEqualTo("sekretariat@fpptijabar.or.id");
    }

    @Test
    void editedProfileIsKeptEvenWithoutLibraries() throws SQLException {
        DataSource source = migratedToJustBeforeV7();
        execute(source, "UPDATE forum_profile SET email = 'forum@kampus.ac.id', version = 1 WHERE id = 1");

        ForumProfile profile = openWithV7(source);

        assertThat(profile.name()).isEqualTo(SEED_NAME);
        assertThat(profile.email()).isEqualTo("forum@kampus.ac.id");
    }

    @Test
    void newDatabaseStartsWithAnUnnamedForum() {
        database = TestDatabases.fresh(kind);

        assertThat(new JooqForumProfileRepository(database.dsl(), new RecordingAuditTrail()).load().isNamed()).isFalse();
    }

    /** A new database migrated as a Jalin before V7 left it: with V2's seed in place. */
    private DataSource migratedToJustBeforeV7() throws SQLException {
        DataSource source = kind == Kind.H2 ? h2() : TestDatabases.newPostgresDatabase();
        Flyway all = Flyway.configure().dataSource(source).locations("classpath:db/migration").load();
        MigrationVersion before = Arrays.stream(all.info().all())
                .map(MigrationInfo::getVersion)
                .filter(version -> version.compareTo(V7) < 0)
                .max(Comparator.naturalOrder())
                .orElseThrow();
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target(before).load().migrate();
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            var result = statement.executeQuery("SELECT name FROM forum_profile WHERE id = 1");
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).as("V2's seed before V7").isEqualTo(SEED_NAME);
        }
        return source;
    }

    private ForumProfile openWithV7(DataSource source) {
        database = Database.over(kind == Kind.H2 ? DatabaseMode.EMBEDDED_H2 : DatabaseMode.SHARED_POSTGRES, source);
        return new JooqForumProfileRepository(database.dsl(), new RecordingAuditTrail()).load();
    }

    private static void execute(DataSource source, String sql) throws SQLException {
        try (Connection connection = source.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static DataSource h2() {
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:v7_" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
        source.setUser("sa");
        return source;
    }
}
