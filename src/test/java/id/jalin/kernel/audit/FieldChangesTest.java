package id.jalin.kernel.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.money.Money;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which fields count as changed, and how their values are written down. */
class FieldChangesTest {
    @Test
    void onlyChangedFieldsAreListedWithOldAndNewText() {
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("name", "Perpustakaan ITB");
        before.put("city", "Bandung");
        before.put("joined_on", LocalDate.of(2012, 3, 1));
        Map<String, Object> after = new LinkedHashMap<>(before);
        after.put("city", "Jatinangor");
        after.put("joined_on", LocalDate.of(2013, 1, 15));

        assertThat(FieldChanges.between(before, after)).containsExactly(
                new FieldChange("city", "Bandung", "Jatinangor"),
                new FieldChange("joined_on", "2012-03-01", "2013-01-15"));
    }

    @Test
    void valuesAreStableTextWhateverTheLocale() {
        assertThat(FieldChanges.text(Money.of(2_500_000))).isEqualTo("2500000");
        assertThat(FieldChanges.text(LocalDateTime.of(2026, 3, 1, 9, 30))).isEqualTo("2026-03-01T09:30");
        assertThat(FieldChanges.text(Boolean.TRUE)).isEqualTo("true");
        assertThat(FieldChanges.text(AuditAction.STATE_CHANGE)).isEqualTo("STATE_CHANGE");
        assertThat(FieldChanges.text(new byte[] {1, 2, 3})).isEqualTo("(3 bytes)");
        assertThat(FieldChanges.text(new java.math.BigDecimal("150000"))).isEqualTo("150000");
        assertThat(FieldChanges.text(null)).isNull();
    }

    @Test
    void nullAndAValueDifferButTwoNullsDoNot() {
        Map<String, Object> before = new HashMap<>();
        before.put("email", null);
        before.put("phone", null);
        Map<String, Object> after = new HashMap<>();
        after.put("email", "perpus@itb.ac.id");
        after.put("phone", null);

        assertThat(FieldChanges.between(before, after))
                .containsExactly(new FieldChange("email", null, "perpus@itb.ac.id"));
        assertThat(FieldChanges.between(after, before))
                .containsExactly(new FieldChange("email", "perpus@itb.ac.id", null));
    }

    @Test
    void emptyTextIsNoValue() {
        Map<String, Object> blank = new HashMap<>();
        blank.put("website", "");
        Map<String, Object> none = new HashMap<>();
        none.put("website", null);

        assertThat(FieldChanges.between(blank, none)).isEmpty();
        assertThat(FieldChanges.created(blank)).isEmpty();
        assertThat(FieldChanges.between(blank, Map.of("website", "https://lib.itb.ac.id")))
                .containsExactly(new FieldChange("website", null, "https://lib.itb.ac.id"));
    }

    @Test
    void equalContentAndEqualNumbersOfAnotherTypeAreNoChange() {
        assertThat(FieldChanges.between(Map.of("photo", new byte[] {7, 8}), Map.of("photo", new byte[] {7, 8})))
                .isEmpty();
        assertThat(FieldChanges.between(Map.of("days", 30), Map.of("days", 30L))).isEmpty();
        assertThat(FieldChanges.between(Map.of("photo", new byte[] {7, 8}), Map.of("photo", new byte[] {7, 9})))
                .containsExactly(new FieldChange("photo", "(2 bytes)", "(2 bytes)"));
    }

    @Test
    void aCreatedRecordListsItsValuesAndADeletedOneKeepsThem() {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", "ITB");
        row.put("notes", null);
        row.put("yearly_dues", 2_500_000L);

        assertThat(FieldChanges.created(row)).containsExactly(new FieldChange("code", null, "ITB"),
                new FieldChange("yearly_dues", null, "2500000"));
        assertThat(FieldChanges.deleted(row)).containsExactly(new FieldChange("code", "ITB", null),
                new FieldChange("yearly_dues", "2500000", null));
    }

    @Test
    void veryLongTextIsCutToWhatTheColumnHolds() {
        String text = FieldChanges.text("x".repeat(5000));
        assertThat(text).hasSize(FieldChanges.MAX_TEXT).endsWith("\u2026");
    }
}
