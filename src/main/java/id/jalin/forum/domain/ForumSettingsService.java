package id.jalin.forum.domain;

import id.jalin.kernel.access.Permissions;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.kernel.validation.Validation;
import java.time.MonthDay;
import java.util.Optional;

/**
 * The forum's card rules for every desk. Anyone may read them (cross-service issues cards with them); only the
 * coordinator changes them. Reads go to the database, so call it off the FX thread.
 */
public final class ForumSettingsService {
    /** A card fee above this is a typing slip (an extra zero or two), not a forum's decision. */
    public static final Money MAX_CARD_FEE = Money.of(10_000_000);

    private final ForumSettingsRepository repository;
    private final Permissions permissions;

    public ForumSettingsService(ForumSettingsRepository repository, Permissions permissions) {
        this.repository = repository;
        this.permissions = permissions;
    }

    public ForumSettings settings() {
        return repository.load();
    }

    /** The coordinator's change; refused for every other role, stale when another desk saved meanwhile. */
    public SaveResult<ForumSettings> save(ForumSettings edited) {
        permissions.requireCoordinator("change the forum settings");
        return SaveResult.store(validate(edited), () -> repository.save(edited));
    }

    /**
     * Moves a workstation's own card fee and year end (kept in its preferences by older versions) into the
     * database, once: only while the forum's row was never saved and still holds the defaults, so a forum whose
     * coordinator already set the rules keeps them. A one-time upgrade step taken at start, before anyone could
     * have signed in, hence no role check; the audit trail still records it.
     *
     * @return the settings as stored when they were carried over, empty when the database kept its own
     */
    public Optional<ForumSettings> carryOverFromWorkstation(Money workstationFee, MonthDay workstationYearEnd) {
        ForumSettings current = repository.load();
        ForumSettings carried = current.with(workstationFee, workstationYearEnd);
        if (!current.isUntouched() || carried.equals(current) || !validate(carried).isValid()) {
            return Optional.empty();
        }
        try {
            return Optional.of(repository.save(carried));
        } catch (StaleRecordException e) {
            // Another desk carried its own over (or the coordinator saved) a moment ago: the forum has its rules.
            return Optional.empty();
        }
    }

    static Validation validate(ForumSettings settings) {
        return Validation.builder()
                .errorIf(settings.cardFee().isNegative() || settings.cardFee().compareTo(MAX_CARD_FEE) > 0,
                        "cardFee", "forum.settings.error.fee")
                .build();
    }
}
