package id.jalin.kernel.audit;

import static id.jalin.kernel.db.generated.Tables.AUDIT_CHANGE;
import static id.jalin.kernel.db.generated.Tables.AUDIT_ENTRY;

import id.jalin.kernel.paging.Page;
import id.jalin.kernel.paging.PageRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SortField;
import org.jooq.impl.DSL;

/**
 * The audit trail read from its tables: filtered, sorted and paged in the database. A page costs two queries
 * whatever its size: the entries with the total counted in the same pass, then the changes of those entries.
 */
public final class JooqAuditLog implements AuditLog {
    /** Entries read per round while exporting, so an export of years of changes holds little in memory. */
    private static final int EXPORT_CHUNK = 1000;

    private final DSLContext dsl;
    private final int exportChunk;

    public JooqAuditLog(DSLContext dsl) {
        this(dsl, EXPORT_CHUNK);
    }

    /** With another chunk size, so a test walks several chunks without writing thousands of entries. */
    JooqAuditLog(DSLContext dsl, int exportChunk) {
        this.dsl = dsl;
        this.exportChunk = exportChunk;
    }

    @Override
    public Page<AuditLogEntry> page(AuditFilter filter, PageRequest<AuditSort> request) {
        Condition where = condition(filter, request.filter());
        Field<Integer> total = DSL.count().over().as("total");
        var found = dsl.select(AUDIT_ENTRY.asterisk(), total).from(AUDIT_ENTRY).where(where)
                .orderBy(order(request)).limit(request.size()).offset(request.offset()).fetch();
        long count = found.isEmpty() ? dsl.fetchCount(AUDIT_ENTRY, where) : found.get(0).get(total);
        return new Page<>(withChanges(found), request.offset(), count);
    }

    @Override
    public void each(AuditFilter filter, String labelText, Consumer<AuditLogEntry> each) {
        Condition where = condition(filter, labelText == null ? "" : labelText.strip());
        // keyset over (time, id): each round starts after the last entry of the one before
        Condition after = DSL.noCondition();
        while (true) {
            var found = dsl.select(AUDIT_ENTRY.asterisk()).from(AUDIT_ENTRY).where(where).and(after)
                    .orderBy(AUDIT_ENTRY.OCCURRED_AT, AUDIT_ENTRY.ID).limit(exportChunk).fetch();
            withChanges(found).forEach(each);
            if (found.size() < exportChunk) {
                return;
            }
            Record last = found.get(found.size() - 1);
            after = DSL.row(AUDIT_ENTRY.OCCURRED_AT, AUDIT_ENTRY.ID)
                    .gt(last.get(AUDIT_ENTRY.OCCURRED_AT), last.get(AUDIT_ENTRY.ID));
        }
    }

    @Override
    public List<AuditUser> users() {
        // the newest name stored with each login, since a person may have been renamed
        var newest = AUDIT_ENTRY.as("newest");
        return dsl.select(AUDIT_ENTRY.USER_LOGIN, AUDIT_ENTRY.USER_NAME).from(AUDIT_ENTRY)
                .where(AUDIT_ENTRY.ID.in(DSL.select(DSL.max(newest.ID)).from(newest).groupBy(newest.USER_LOGIN)))
                .orderBy(AUDIT_ENTRY.USER_NAME, AUDIT_ENTRY.USER_LOGIN)
                .fetch(r -> new AuditUser(r.value1(), r.value2()));
    }

    @Override
    public List<String> features() {
        return dsl.selectDistinct(AUDIT_ENTRY.FEATURE).from(AUDIT_ENTRY).orderBy(AUDIT_ENTRY.FEATURE)
                .fetch(AUDIT_ENTRY.FEATURE);
    }

    private static Condition condition(AuditFilter filter, String labelText) {
        Condition where = DSL.noCondition();
        if (filter.userLogin() != null) {
            where = where.and(AUDIT_ENTRY.USER_LOGIN.eq(filter.userLogin()));
        }
        if (filter.from() != null) {
            where = where.and(AUDIT_ENTRY.OCCURRED_AT.ge(filter.from().atStartOfDay()));
        }
        if (filter.to() != null) {
            where = where.and(AUDIT_ENTRY.OCCURRED_AT.lt(filter.to().plusDays(1).atStartOfDay()));
        }
        if (filter.feature() != null) {
            where = where.and(AUDIT_ENTRY.FEATURE.eq(filter.feature()));
        }
        if (filter.table() != null) {
            where = where.and(AUDIT_ENTRY.TABLE_NAME.eq(filter.table()));
        }
        if (filter.recordId() != null) {
            where = where.and(AUDIT_ENTRY.RECORD_ID.eq(filter.recordId()));
        }
        if (!labelText.isEmpty()) {
            String pattern = "%" + labelText.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%")
                    .replace("_", "!_") + "%";
            where = where.and(DSL.lower(AUDIT_ENTRY.RECORD_LABEL).like(pattern, '!'));
        }
        return where;
    }

    private static List<SortField<?>> order(PageRequest<AuditSort> request) {
        boolean up = request.direction().isAscending();
        List<Field<?>> columns = switch (request.sort()) {
            case TIME -> List.of(AUDIT_ENTRY.OCCURRED_AT);
            case USER -> List.of(AUDIT_ENTRY.USER_NAME, AUDIT_ENTRY.OCCURRED_AT);
            case ACTION -> List.of(AUDIT_ENTRY.ACTION, AUDIT_ENTRY.OCCURRED_AT);
            case FEATURE -> List.of(AUDIT_ENTRY.FEATURE, AUDIT_ENTRY.OCCURRED_AT);
            case RECORD -> List.of(AUDIT_ENTRY.RECORD_LABEL, AUDIT_ENTRY.OCCURRED_AT);
        };
        List<SortField<?>> order = new ArrayList<>();
        for (Field<?> column : columns) {
            order.add(up ? column.asc() : column.desc());
        }
        // the id last, so entries of the same second keep their place from one page to the next
        order.add(up ? AUDIT_ENTRY.ID.asc() : AUDIT_ENTRY.ID.desc());
        return order;
    }

    /** The entries with their changes, read for all of them in one query. */
    private List<AuditLogEntry> withChanges(List<? extends Record> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        List<Long> ids = entries.stream().map(r -> r.get(AUDIT_ENTRY.ID)).toList();
        Map<Long, List<FieldChange>> changes = dsl.selectFrom(AUDIT_CHANGE).where(AUDIT_CHANGE.ENTRY_ID.in(ids))
                .orderBy(AUDIT_CHANGE.ENTRY_ID, AUDIT_CHANGE.ID)
                .fetchGroups(AUDIT_CHANGE.ENTRY_ID, r -> new FieldChange(r.getFieldName(), r.getOldValue(),
                        r.getNewValue()));
        return entries.stream().map(r -> new AuditLogEntry(r.get(AUDIT_ENTRY.ID), r.get(AUDIT_ENTRY.OCCURRED_AT),
                r.get(AUDIT_ENTRY.USER_ID), r.get(AUDIT_ENTRY.USER_LOGIN), r.get(AUDIT_ENTRY.USER_NAME),
                r.get(AUDIT_ENTRY.FEATURE), r.get(AUDIT_ENTRY.TABLE_NAME), r.get(AUDIT_ENTRY.RECORD_ID),
                r.get(AUDIT_ENTRY.RECORD_LABEL), AuditAction.valueOf(r.get(AUDIT_ENTRY.ACTION)),
                changes.getOrDefault(r.get(AUDIT_ENTRY.ID), List.of()))).toList();
    }
}
