package id.jalin.crossservice.domain;

import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Lets the coordinator see and set each library's card prefix. A library without one gets the next free prefix
 * with its first card (see {@link CrossServiceRepository#issueCard}); setting one by hand is allowed only while
 * no card carries the library's prefix, and never to a prefix another library holds or an old card carries.
 */
public final class CardPrefixService {
    /** The field the errors belong to. */
    public static final String FIELD = "prefix";

    private final CardPrefixRepository repository;
    private final Permissions permissions;

    /**
     * Prefixes number the cards of every library, so no single library's staff set them; they are records of the
     * forum, not one of its settings, so the secretary may (decision record 0016).
     */
    public CardPrefixService(CardPrefixRepository repository, Permissions permissions) {
        this.repository = repository;
        this.permissions = permissions;
    }

    /** Whether to offer setting prefixes (the service checks again). */
    public boolean maySet() {
        return permissions.mayChangeForumRecords();
    }

    public List<CardPrefix> prefixes() {
        return repository.cardPrefixes();
    }

    public OptionalInt nextFree() {
        return repository.nextFreePrefix();
    }

    /** Reads a typed prefix: one to three digits, leading zeros allowed ("7", "007"). */
    public static OptionalInt parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(text));
    }

    /** What is wrong with giving {@code libraryId} the typed prefix, checked against the stored ones. */
    public Validation check(long libraryId, String typed) {
        List<CardPrefix> stored = repository.cardPrefixes();
        Optional<CardPrefix> current = stored.stream().filter(p -> p.libraryId() == libraryId).findFirst();
        Validation.Builder errors = Validation.builder();
        if (current.isPresent() && current.get().hasCards()) {
            return errors.error(FIELD, "card.prefix.error.hasCards", current.get().shown()).build();
        }
        OptionalInt parsed = parse(typed);
        if (parsed.isEmpty() || parsed.getAsInt() < CardPrefix.LOWEST || parsed.getAsInt() > CardPrefix.HIGHEST) {
            return errors.error(FIELD, "card.prefix.error.format").build();
        }
        int prefix = parsed.getAsInt();
        boolean heldByOther = stored.stream().anyMatch(p -> p.prefix() == prefix && p.libraryId() != libraryId);
        errors.errorIf(heldByOther, FIELD, "card.prefix.error.taken", CardPrefix.format(prefix));
        // A prefix that only old cards carry (their library left the register) still names those cards.
        errors.errorIf(!heldByOther && (current.isEmpty() || current.get().prefix() != prefix)
                && repository.prefixCarriedByCards(prefix), FIELD, "card.prefix.error.carried", CardPrefix.format(prefix));
        return errors.build();
    }

    /**
     * Sets the prefix; {@code seenVersion} is the version of the prefix the coordinator was shown (null when the
     * library had none), so an edit made meanwhile elsewhere is not overwritten unawares.
     *
     * @throws id.jalin.kernel.concurrency.StaleRecordException if the prefix changed or got cards since it was shown
     */
    public SaveResult<CardPrefix> set(long libraryId, Integer seenVersion, String typed) {
        permissions.requireForumStaff("set a card prefix");
        Validation validation = check(libraryId, typed);
        if (!validation.isValid()) {
            return new SaveResult.Invalid<>(validation);
        }
        return new SaveResult.Saved<>(repository.setCardPrefix(libraryId, seenVersion, parse(typed).getAsInt()));
    }
}
