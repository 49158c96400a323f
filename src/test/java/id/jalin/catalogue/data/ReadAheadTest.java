package id.jalin.catalogue.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.catalogue.domain.CatalogueRecord;
import id.jalin.catalogue.domain.ClusterKeys;
import id.jalin.catalogue.domain.MatchKeys;
import id.jalin.catalogue.domain.TestRecords;
import id.jalin.kernel.importing.RejectedRow;
import id.jalin.kernel.task.CancelledException;
import id.jalin.kernel.validation.FieldError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
    /** What the load side was handed, in order, and on which thread. */
    private static final class Recording implements ReadAhead.Target {
        final List<String> seen = new ArrayList<>();
        final List<String> threads = new ArrayList<>();
        final List<MatchKeys> keys = new ArrayList<>();
        final List<Object[]> rows = new ArrayList<>();
        final List<String> prepared = new ArrayList<>();
        final List<String> preparedOn = new ArrayList<>();
        int failAt = -1;

        @Override
        public ReadRecord prepared(CatalogueRecord record) {
            prepared.add(record.sourceId());
            preparedOn.add(Thread.currentThread().getName());
            return ReadRecord.of(record);
        }

        @Override
        public void accept(ReadRecord read) {
            note("record " + read.sourceId());
            this.keys.add(read.keys());
            rows.add(read.row());
        }

        @Override
        public void accept(CatalogueRecord record) {
            throw new AssertionError("records come with their keys");
        }

        @Override
        public void setAside(RejectedRow reason) {
            note("aside " + reason.rowNumber());
        }

        @Override
        public void deleted(String sourceId) {
            note("deleted " + sourceId);
        }

        private void note(String what) {
            if (seen.size() == failAt) {
                throw new IllegalStateException("the database refused");
            }
            seen.add(what);
            threads.add(Thread.currentThread().getName());
        }
    }

    private static CatalogueRecord record(int n) {
        return TestRecords.book("r" + n, "Judul nomor " + n, "Penulis, Ani", 2020, "");
    }

    private static RejectedRow aside(int position) {
        return new RejectedRow(position, List.of(FieldError.of("record", "catalogue.read.no_title")), List.of("", ""));
    }

    @Test
    void handsOverEverythingInTheFeedsOrderOnTheLoadsThreadWithKeysAndRowWorkedOut() throws Exception {
        Recording load = new Recording();
        List<String> expected = new ArrayList<>();
        ReadAhead.feed(sink -> {
            for (int n = 1; n <= 2_000; n++) {
                if (n % 97 == 0) {
                    sink.setAside(aside(n));
                    expected.add("aside " + n);
                } else if (n % 101 == 0) {
                    sink.deleted("gone" + n);
                    expected.add("deleted gone" + n);
                } else {
                    sink.accept(record(n));
                    expected.add("record r" + n);
                }
            }
        }, load);

        assertThat(load.seen).containsExactlyElementsOf(expected);
        assertThat(load.threads).containsOnly(Thread.currentThread().getName());
        // prepared (and placed, in a load that places ahead) on the reading thread, one after another in order
        assertThat(load.prepared).containsExactlyElementsOf(expected.stream()
                .filter(item -> item.startsWith("record ")).map(item -> item.substring("record ".length())).toList());
        assertThat(load.preparedOn).containsOnly("catalogue-read-ahead");
        assertThat(load.keys.get(0)).isEqualTo(ClusterKeys.of(record(1)));
        assertThat(load.rows.get(0)).contains("Judul nomor 1", "r1");
    }

    @Test
    void whatTheFeedThrowsReachesTheLoadAsItCameAfterWhatWasReadBefore() {
        Recording load = new Recording();
        IOException broken = new IOException("disk gone");
        assertThatThrownBy(() -> ReadAhead.feed(sink -> {
            for (int n = 1; n <= 600; n++) {
                sink.accept(record(n));
            }
            throw broken;
        }, load)).isSameAs(broken);
        assertThat(load.seen).hasSize(600);

        CancelledException cancel = new CancelledException();
        assertThatThrownBy(() -> ReadAhead.feed(sink -> {
            sink.accept(record(1));
            throw cancel;
        }, new Recording())).isSameAs(cancel);
    }

    @Test
    void aLoadThatFailsStopsTheFeedAtItsNextRecordAndItsThreadHasEnded() {
        Recording load = new Recording();
        load.failAt = 300;
        AtomicInteger offered = new AtomicInteger();
        AtomicReference<Thread> reader = new AtomicReference<>();
        AtomicReference<RuntimeException> feedSaw = new AtomicReference<>();
        assertThatThrownBy(() -> ReadAhead.feed(sink -> {
            reader.set(Thread.currentThread());
            try {
                for (int n = 1; n <= 1_000_000; n++) {
                    sink.accept(record(n));
                    offered.incrementAndGet();
                }
            } catch (RuntimeException stopped) {
                feedSaw.set(stopped);
                throw stopped;
            }
        }, load)).isInstanceOf(IllegalStateException.class).hasMessage("the database refused");

        assertThat(reader.get().isAlive()).isFalse();
        // stopped within the few chunks read ahead, not after reading the whole feed
        assertThat(offered.get()).isLessThan(300 + 10 * ReadAhead.CHUNK);
        // a reader that keeps going past broken records still lets the stop through: it is a Cancel to the feed
        assertThat(feedSaw.get()).isInstanceOf(CancelledException.class);
    }
}
