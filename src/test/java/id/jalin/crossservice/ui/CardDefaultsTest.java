package id.jalin.crossservice.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.settings.Setting;
import id.jalin.kernel.settings.Settings;
import java.time.MonthDay;
import java.util.UUID;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.Test;

class CardDefaultsTest {
    private final Settings settings = new Settings(Preferences.userRoot().node("jalin-test/" + UUID.randomUUID()));

    @Test
    void academicYearEndsOnTheThirtyFirstOfAugustUnlessSetOtherwise() {
        assertThat(CardDefaults.yearEnd(settings)).isEqualTo(MonthDay.of(8, 31));
        settings.put(Setting.CARD_YEAR_END, "07-31");
        assertThat(CardDefaults.yearEnd(settings)).isEqualTo(MonthDay.of(7, 31));
        settings.put(Setting.CARD_YEAR_END, "nonsense");
        assertThat(CardDefaults.yearEnd(settings)).isEqualTo(MonthDay.of(8, 31));
    }

    @Test
    void typedDayAndMonthAreRead() {
        assertThat(CardDefaults.parseTyped("31/08")).contains(MonthDay.of(8, 31));
        assertThat(CardDefaults.parseTyped("1.9")).contains(MonthDay.of(9, 1));
        assertThat(CardDefaults.parseTyped("31/02")).isEmpty();
        assertThat(CardDefaults.parseTyped("Agustus")).isEmpty();
    }
}
