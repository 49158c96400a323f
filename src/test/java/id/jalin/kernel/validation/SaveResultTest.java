package id.jalin.kernel.validation;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class SaveResultTest {
    @Test
    void anInvalidValueIsNotStoredAtAll() {
        AtomicBoolean stored = new AtomicBoolean();
        Validation refused = Validation.builder().error("code", "member.error.code.required").build();

        SaveResult<String> result = SaveResult.store(refused, () -> {
            stored.set(true);
            return "UPI";
        });

        assertThat(result).isEqualTo(new SaveResult.Invalid<String>(refused));
        assertThat(stored).isFalse();
    }

    @Test
    void aValidValueIsStoredAndHandedBack() {
        assertThat(SaveResult.store(Validation.ok(), () -> "UPI")).isEqualTo(new SaveResult.Saved<>("UPI"));
    }

    @Test
    void aRecordChangedOrDeletedMeanwhileBecomesAResultNamingIt() {
        SaveResult<String> stale = SaveResult.store(Validation.ok(), () -> {
            throw new StaleRecordException("UPI");
        });
        SaveResult<String> gone = SaveResult.store(Validation.ok(), () -> {
            throw new RecordGoneException("ITB");
        });

        assertThat(stale).isInstanceOfSatisfying(SaveResult.Conflict.class, conflict -> {
            assertThat(conflict.deleted()).isFalse();
            assertThat(conflict.recordLabel()).isEqualTo("UPI");
        });
        assertThat(gone).isInstanceOfSatisfying(SaveResult.Conflict.class, conflict -> {
            assertThat(conflict.deleted()).isTrue();
            assertThat(conflict.recordLabel()).isEqualTo("ITB");
        });
        assertThat(stale.isSaved()).isFalse();
    }
}
