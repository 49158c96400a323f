package id.jalin.crossservice.data;

import static id.jalin.kernel.db.generated.Tables.CARD;
import static id.jalin.kernel.db.generated.Tables.CARD_COUNTER;
import static id.jalin.kernel.db.generated.Tables.CARD_PREFIX;

import id.jalin.crossservice.domain.CardNumber;
import id.jalin.crossservice.domain.CardPrefix;
import id.jalin.kernel.db.generated.tables.records.CardPrefixRecord;
import id.jalin.kernel.audit.RecordAudit;
import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;
import org.jooq.impl.DSL;

/**
 * Gives a new card its number inside the transaction that stores it (decision record 0008): the library's card
 * prefix, locked for the transaction (assigned the smallest free one on the library's first card), then the
 * next running number from the prefix's counter row for the year, incremented in place. A second desk issuing
 * for the same library waits on those row locks and numbers after the first one commits. The only clash left is
 * two first cards at once (both insert a prefix or counter row); the unique constraint refuses the later one and
 * {@link #retryingClashes} runs its transaction again, which then finds the row.
 */
final class CardNumbering {
    /** A clash can only repeat while yet another desk creates the same row; three tries are plenty. */
    private static final int ATTEMPTS = 3;

    private CardNumbering() {
    }

    /** The next number for a card of {@code libraryId} in the two-digit {@code year}; call inside a transaction. */
    static CardNumber next(DSLContext tx, long libraryId, int year, RecordAudit audit) {
        int prefix = lockedPrefix(tx, libraryId).orElseGet(() -> assignPrefix(tx, libraryId, audit));
        return CardNumber.generate(year, prefix, nextRunning(tx, prefix, year));
    }

    /** Runs a whole transaction again when it failed on a unique constraint, up to {@link #ATTEMPTS} times. */
    static <T> T retryingClashes(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (DataAccessException e) {
                if (attempt >= ATTEMPTS || !isClash(e)) {
                    throw e;
                }
            }
        }
    }

    static boolean isClash(DataAccessException e) {
        return e.sqlStateClass() == SQLStateClass.C23_INTEGRITY_CONSTRAINT_VIOLATION;
    }

    private static Optional<Integer> lockedPrefix(DSLContext tx, long libraryId) {
        // FOR UPDATE: a coordinator changing the prefix waits for this card, then sees it and refuses.
        return tx.select(CARD_PREFIX.PREFIX).from(CARD_PREFIX).where(CARD_PREFIX.LIBRARY_ID.eq(libraryId))
                .forUpdate().fetchOptional(CARD_PREFIX.PREFIX);
    }

    private static int assignPrefix(DSLContext tx, long libraryId, RecordAudit audit) {
        int prefix = nextFree(tx).orElseThrow(() -> new IllegalStateException("All card prefixes are in use"));
        tx.insertInto(CARD_PREFIX).set(CARD_PREFIX.LIBRARY_ID, libraryId).set(CARD_PREFIX.PREFIX, prefix)
                .set(CARD_PREFIX.VERSION, 0).execute();
        auditPrefix(tx, null, libraryId, audit);
        return prefix;
    }

    /** The prefix row is the library's own (keyed by its id); its label is the prefix itself. */
    private static void auditPrefix(DSLContext tx, CardPrefixRecord before, long libraryId, RecordAudit audit) {
        CardPrefixRecord after = tx.fetchSingle(CARD_PREFIX, CARD_PREFIX.LIBRARY_ID.eq(libraryId));
        String label = CardPrefix.format(after.getPrefix());
        if (before == null) {
            audit.created(tx, after, libraryId, label);
        } else {
            audit.updated(tx, before, after, libraryId, label);
        }
    }

    /** The smallest prefix no library holds and no stored card carries (a library that left keeps its cards). */
    static OptionalInt nextFree(DSLContext dsl) {
        Set<Integer> used = new HashSet<>(dsl.select(CARD_PREFIX.PREFIX).from(CARD_PREFIX)
                .union(dsl.selectDistinct(CARD.LIBRARY_SEQUENCE).from(CARD)).fetch(0, Integer.class));
        for (int prefix = CardPrefix.LOWEST; prefix <= CardPrefix.HIGHEST; prefix++) {
            if (!used.contains(prefix)) {
                return OptionalInt.of(prefix);
            }
        }
        return OptionalInt.empty();
    }

    private static int nextRunning(DSLContext tx, int prefix, int year) {
        var row = CARD_COUNTER.PREFIX.eq(prefix).and(CARD_COUNTER.NUMBER_YEAR.eq(year));
        int updated = tx.update(CARD_COUNTER).set(CARD_COUNTER.LAST_RUNNING, CARD_COUNTER.LAST_RUNNING.plus(1))
                .where(row).execute();
        if (updated == 1) {
            return tx.select(CARD_COUNTER.LAST_RUNNING).from(CARD_COUNTER).where(row)
                    .fetchSingle(CARD_COUNTER.LAST_RUNNING);
        }
        // First card of the prefix this year. Cards stored before the counter existed still count.
        Integer highest = tx.select(DSL.max(CARD.RUNNING_NUMBER)).from(CARD)
                .where(CARD.LIBRARY_SEQUENCE.eq(prefix).and(CARD.NUMBER_YEAR.eq(year))).fetchOne(0, Integer.class);
        int running = (highest == null ? 0 : highest) + 1;
        tx.insertInto(CARD_COUNTER).set(CARD_COUNTER.PREFIX, prefix).set(CARD_COUNTER.NUMBER_YEAR, year)
                .set(CARD_COUNTER.LAST_RUNNING, running).execute();
        return running;
    }

    /** Whether a stored card number carries {@code prefix}. */
    static boolean carried(DSLContext dsl, int prefix) {
        return dsl.fetchExists(CARD, CARD.LIBRARY_SEQUENCE.eq(prefix));
    }

    /**
     * Sets a library's prefix in one transaction. The row is locked first, so a desk issuing the library's card
     * at the same moment either went before (its card is then seen and the change refused) or waits and numbers
     * with the new prefix.
     */
    static CardPrefix set(DSLContext dsl, long libraryId, Integer expectedVersion, int prefix, RecordAudit audit) {
        try {
            return dsl.transactionResult(configuration -> {
                DSLContext tx = configuration.dsl();
                if (expectedVersion == null) {
                    tx.insertInto(CARD_PREFIX).set(CARD_PREFIX.LIBRARY_ID, libraryId).set(CARD_PREFIX.PREFIX, prefix)
                            .set(CARD_PREFIX.VERSION, 0).execute();
                    auditPrefix(tx, null, libraryId, audit);
                } else {
                    var stored = tx.selectFrom(CARD_PREFIX).where(CARD_PREFIX.LIBRARY_ID.eq(libraryId)).forUpdate()
                            .fetchOptional().orElseThrow(() -> new RecordGoneException(CardPrefix.format(prefix)));
                    if (stored.getVersion() != expectedVersion || carried(tx, stored.getPrefix())) {
                        throw new StaleRecordException(CardPrefix.format(stored.getPrefix()));
                    }
                    tx.update(CARD_PREFIX).set(CARD_PREFIX.PREFIX, prefix)
                            .set(CARD_PREFIX.VERSION, expectedVersion + 1)
                            .where(CARD_PREFIX.LIBRARY_ID.eq(libraryId)).execute();
                    auditPrefix(tx, stored, libraryId, audit);
                }
                return all(tx).stream().filter(p -> p.libraryId() == libraryId).findFirst().orElseThrow();
            });
        } catch (DataAccessException e) {
            // Another coordinator or a desk's first card took the library's row or the prefix meanwhile.
            if (isClash(e)) {
                throw new StaleRecordException(CardPrefix.format(prefix));
            }
            throw e;
        }
    }

    /** Every stored prefix with whether cards carry it, by prefix. */
    static List<CardPrefix> all(DSLContext dsl) {
        Field<Boolean> hasCards = DSL.field(DSL.exists(DSL.selectOne().from(CARD)
                .where(CARD.LIBRARY_SEQUENCE.eq(CARD_PREFIX.PREFIX))));
        return dsl.select(CARD_PREFIX.LIBRARY_ID, CARD_PREFIX.PREFIX, CARD_PREFIX.VERSION, hasCards)
                .from(CARD_PREFIX).orderBy(CARD_PREFIX.PREFIX)
                .fetch(r -> new CardPrefix(r.value1(), r.value2(), r.value3(), Boolean.TRUE.equals(r.value4())));
    }
}
