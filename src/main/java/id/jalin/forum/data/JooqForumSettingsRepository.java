package id.jalin.forum.data;

import static id.jalin.kernel.db.generated.Tables.FORUM_SETTINGS;

import id.jalin.forum.domain.ForumSettings;
import id.jalin.forum.domain.ForumSettingsRepository;
import id.jalin.kernel.audit.AuditAction;
import id.jalin.kernel.audit.AuditEntry;
import id.jalin.kernel.audit.AuditTrail;
import id.jalin.kernel.audit.FieldChange;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.money.Money;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/** The forum's one settings row (id 1, created by V12); every change is audited in the same transaction. */
public final class JooqForumSettingsRepository implements ForumSettingsRepository {
    static final String FEATURE = "forum";
    private static final String LABEL = "forum settings";

    private final DSLContext dsl;
    private final AuditTrail audit;

    public JooqForumSettingsRepository(DSLContext dsl, AuditTrail audit) {
        this.dsl = dsl;
        this.audit = audit;
    }

    @Override
    public ForumSettings load() {
        return load(dsl);
    }

    private static ForumSettings load(DSLContext context) {
        var r = context.selectFrom(FORUM_SETTINGS).where(FORUM_SETTINGS.ID.eq(1)).fetchSingle();
        return new ForumSettings(r.getVersion(), Money.of(r.getCardFee()),
                MonthDay.of(r.getYearEndMonth(), r.getYearEndDay()));
    }

    @Override
    public ForumSettings save(ForumSettings settings) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            ForumSettings before = load(tx);
            int updated = tx.update(FORUM_SETTINGS)
                    .set(FORUM_SETTINGS.CARD_FEE, settings.cardFee().rupiah())
                    .set(FORUM_SETTINGS.YEAR_END_MONTH, settings.academicYearEnd().getMonthValue())
                    .set(FORUM_SETTINGS.YEAR_END_DAY, settings.academicYearEnd().getDayOfMonth())
                    .set(FORUM_SETTINGS.VERSION, settings.version() + 1)
                    .where(FORUM_SETTINGS.ID.eq(1).and(FORUM_SETTINGS.VERSION.eq(settings.version())))
                    .execute();
            if (updated == 0) {
                throw new StaleRecordException(LABEL);
            }
            audit.record(tx, new AuditEntry(FEATURE, FORUM_SETTINGS.getName(), 1, LABEL, AuditAction.UPDATE,
                    changes(before, settings)));
            return load(tx);
        });
    }

    static List<FieldChange> changes(ForumSettings before, ForumSettings after) {
        List<FieldChange> changes = new ArrayList<>();
        if (!before.cardFee().equals(after.cardFee())) {
            changes.add(new FieldChange("card_fee", Long.toString(before.cardFee().rupiah()),
                    Long.toString(after.cardFee().rupiah())));
        }
        if (!before.academicYearEnd().equals(after.academicYearEnd())) {
            // ISO month-day ("--08-31"), readable in any language and sortable.
            changes.add(new FieldChange("academic_year_end", before.academicYearEnd().toString(),
                    after.academicYearEnd().toString()));
        }
        return changes;
    }
}
