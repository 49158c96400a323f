package id.jalin.kernel.db.transfer;

import org.flywaydb.core.api.MigrationVersion;
import org.jooq.DSLContext;

/** The Flyway version a database has been migrated to: archives carry it and moves compare it. */
public final class SchemaVersion {
    private SchemaVersion() {
    }

    public static String of(DSLContext dsl) {
        String version = dsl.resultQuery("select version from flyway_schema_history "
                        + "where success = true and version is not null order by installed_rank desc")
                .fetchAny(0, String.class);
        return version == null ? "0" : version;
    }

    /** Negative when {@code a} is older than {@code b}, as Flyway orders versions (9 before 10). */
    public static int compare(String a, String b) {
        return MigrationVersion.fromVersion(a).compareTo(MigrationVersion.fromVersion(b));
    }
}
