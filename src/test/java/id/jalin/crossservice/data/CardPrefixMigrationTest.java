package id.jalin.crossservice.data;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.crossservice.domain.Card;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardPrefix;
import id.jalin.crossservice.domain.CardService;
import id.jalin.crossservice.domain.TestClock;
import id.jalin.kernel.access.TestPermissions;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.DatabaseMode;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.TestDatabases.Kind;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.validation.SaveResult;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A database that issued cards before card prefixes existed: after the upgrade every library keeps the prefix
 * its cards carry (its register id), so printed cards stay valid and numbering goes on after the last one.
 */
@ParameterizedClass
@EnumSource(Kind.class)
class CardPrefixMigrationTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    @Parameter
    Kind kind;

    private DataSource source() {
        if (kind == Kind.POSTGRES) {
            return TestDatabases.newPostgresDatabase();
        }
        JdbcDataSource source = new JdbcDataSource();
        source.setURL("jdbc:h2:mem:prefix" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;DATABASE_TO_LOWER=TRUE");
        source.setUser("sa");
        return source;
    }

    @Test
    void librariesKeepThePrefixTheirCardsCarryAndNumberingGoesOn() throws SQLException {
        DataSource source = source();
        Flyway.configure().dataSource(source).locations("classpath:db/migration").target("4").load().migrate();
        try (Connection connection = source.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("INSERT INTO library (id, code, name, kind, status) VALUES"
                    + " (12, 'UNPAD', 'Perpustakaan Universitas Padjadjaran', 'UNIVERSITY', 'ACTIVE'),"
                    + " (13, 'ITB', 'Perpustakaan Pusat ITB', 'UNIVERSITY', 'ACTIVE'),"
                    + " (14, 'UPI', 'Perpustakaan UPI', 'UNIVERSITY', 'ACTIVE')");
            sql.execute("INSERT INTO card_holder (library_id, holder_number, name, kind) VALUES"
                    + " (12, '180110220001', 'Siti Nurhaliza', 'STUDENT'),"
                    + " (14, '2101234', 'Dewi Lestari', 'STUDENT')");
            // 26 012 00042 3 and 26 014 00007 4, as the old code numbered them
            sql.execute("INSERT INTO card (card_number, holder_id, number_year, library_sequence, running_number,"
                    + " issued_on, valid_until) SELECT '26012000423', id, 26, 12, 42, DATE '2026-02-02',"
                    + " DATE '2026-08-31' FROM card_holder WHERE holder_number = '180110220001'");
            sql.execute("INSERT INTO card (card_number, holder_id, number_year, library_sequence, running_number,"
                    + " issued_on, valid_until) SELECT '26014000074', id, 26, 14, 7, DATE '2026-02-03',"
                    + " DATE '2026-08-31' FROM card_holder WHERE holder_number = '2101234'");
        }
        try (Database database = Database.over(kind == Kind.H2 ? DatabaseMode.EMBEDDED_H2
                : DatabaseMode.SHARED_POSTGRES, source)) {
            JooqCrossServiceRepository repository = new JooqCrossServiceRepository(database.dsl(), id.jalin.kernel.audit.TestAudit.TRAIL);

            assertThat(repository.cardPrefixes()).containsExactly(new CardPrefix(12, 12, 0, true),
                    new CardPrefix(14, 14, 0, true));
            CardHolder siti = repository.findHolderByNumber(12, "180110220001").orElseThrow();
            SaveResult<Card> next = new CardService(repository, TestClock.on(TODAY), TestPermissions.AS_COORDINATOR)
                    .issue(siti, TODAY, null, Money.ZERO, "");
            assertThat(next).isInstanceOfSatisfying(SaveResult.Saved.class, saved ->
                    assertThat(((Card) saved.value()).number().digits()).startsWith("2601200043"));
            // ITB had no cards: it gets the smallest prefix no library holds and no card carries
            assertThat(repository.nextFreePrefix()).hasValue(1);
        }
    }
}
