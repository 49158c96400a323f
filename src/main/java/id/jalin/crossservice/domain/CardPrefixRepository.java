package id.jalin.crossservice.domain;

import java.util.List;
import java.util.OptionalInt;

/** Where card prefixes are kept; part of {@link CrossServiceRepository}, apart so that its job is plain. */
public interface CardPrefixRepository {
    /** Every library's stored prefix, with whether cards already carry it. */
    List<CardPrefix> cardPrefixes();

    /**
     * The prefix the next library without one would get on its first card: the smallest one that no library
     * holds and no stored card carries; empty when all 999 are gone.
     */
    OptionalInt nextFreePrefix();

    /** Whether some stored card number carries {@code prefix}, whoever holds it now. */
    boolean prefixCarriedByCards(int prefix);

    /**
     * Gives {@code libraryId} the prefix, creating its row when {@code expectedVersion} is null.
     *
     * @throws id.jalin.kernel.concurrency.StaleRecordException if the row changed since it was read, or a card
     *                                                          was issued under the old prefix meanwhile
     */
    CardPrefix setCardPrefix(long libraryId, Integer expectedVersion, int prefix);
}
