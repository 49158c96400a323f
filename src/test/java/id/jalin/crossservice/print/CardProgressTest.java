package id.jalin.crossservice.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.task.Progress;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CardProgressTest {

    /** Records every report and presses Cancel once {@code cancelAfter} cards are done. */
    private static final class Recorder implements Progress {
        final List<Long> done = new ArrayList<>();
        final List<Long> totals = new ArrayList<>();
        final long cancelAfter;

        Recorder(long cancelAfter) {
            this.cancelAfter = cancelAfter;
        }

        @Override
        public void update(long d, long total) {
            done.add(d);
            totals.add(total);
        }

        @Override
        public boolean isCancelled() {
            return !done.isEmpty() && done.get(done.size() - 1) >= cancelAfter;
        }
    }

    @Test
    void sheetsReportEachCardOfTheBatch() throws Exception {
        Recorder progress = new Recorder(Long.MAX_VALUE);

        new CardSheetPdf(CardSamples.forum()).write(CardSamples.cards(12), CardSheetSettings.NONE,
                new ByteArrayOutputStream(), progress);

        assertThat(progress.done).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L);
        assertThat(progress.totals).containsOnly(12L);
    }

    @Test
    void cancellingStopsTheCardPrinterJobBetweenCards() {
        Recorder progress = new Recorder(3);

        assertThatThrownBy(() -> new CardPrinterPdf(CardSamples.forum()).write(CardSamples.cards(10),
                new ByteArrayOutputStream(), progress)).isInstanceOf(CancelledException.class);
        assertThat(progress.done).containsExactly(1L, 2L, 3L);
    }
}
