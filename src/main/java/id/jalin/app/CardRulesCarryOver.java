package id.jalin.app;

import id.jalin.forum.domain.ForumSettings;
import id.jalin.forum.domain.ForumSettingsService;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.settings.Settings;
import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The card fee and academic-year end used to be each workstation's preferences; now they are the forum's, in the
 * database. On the first start after the upgrade, a workstation whose preferences held its own values hands them
 * to a database that still has the untouched defaults, once; then the preferences forget them either way, so the
 * database is the only place they live. Runs off the FX thread.
 */
final class CardRulesCarryOver {
    private static final Logger LOG = LoggerFactory.getLogger(CardRulesCarryOver.class);

    private final Settings settings;
    private final ForumSettingsService forumSettings;

    CardRulesCarryOver(Settings settings, ForumSettingsService forumSettings) {
        this.settings = settings;
        this.forumSettings = forumSettings;
    }

    /** @return the settings as carried over, empty when the preferences had nothing of their own or the forum kept its own */
    Optional<ForumSettings> run() {
        String feeText = settings.get(Setting.OLD_CARD_FEE);
        String yearEndText = settings.get(Setting.OLD_CARD_YEAR_END);
        boolean ownFee = !feeText.equals(Setting.OLD_CARD_FEE.defaultValue());
        boolean ownYearEnd = !yearEndText.equals(Setting.OLD_CARD_YEAR_END.defaultValue());
        if (!ownFee && !ownYearEnd) {
            return Optional.empty();
        }
        Money fee = Money.parse(feeText, Locale.ROOT).orElse(ForumSettings.DEFAULT_CARD_FEE);
        MonthDay yearEnd = parseYearEnd(yearEndText).orElse(ForumSettings.DEFAULT_YEAR_END);
        Optional<ForumSettings> carried = forumSettings.carryOverFromWorkstation(fee, yearEnd);
        if (carried.isPresent()) {
            LOG.info("Carried this workstation's card fee {} and year end {} over into the forum's settings",
                    fee.rupiah(), yearEnd);
        } else {
            LOG.info("The forum's settings already hold their own card rules; this workstation's are dropped");
        }
        // Removed only after the database has them (or has its own): a failed start tries again next time.
        settings.remove(Setting.OLD_CARD_FEE);
        settings.remove(Setting.OLD_CARD_YEAR_END);
        settings.flush();
        return carried;
    }

    private static Optional<MonthDay> parseYearEnd(String stored) {
        try {
            return Optional.of(MonthDay.parse("--" + stored.strip()));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
