package id.jalin.catalogue.data;

import static id.jalin.kernel.db.generated.Tables.CATALOGUE_RECORD;
import static id.jalin.kernel.db.generated.Tables.CATALOGUE_WORK;

import id.jalin.catalogue.domain.IndexedWork;
import id.jalin.kernel.db.StreamedRead;
import id.jalin.kernel.task.Progress;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Every work with its records, for a whole index build, read in one pass over the records as they are stored and
 * spilled to temporary files by ranges of work ids, each file then sorted in memory and handed over work by work in
 * work order. Reading the records in work order instead makes the database fetch each record by the work index: a
 * million records spread over 50 members' loads then read each storage page about as many times as it holds records
 * (measured in the import bench: the index build's reading was most of its time).
 */
final class WorkSpill {
    /** Records a file: some 10 MiB of records in memory at once while a file is sorted. */
    static final int ROWS = 50_000;
    private static final int MAX_FILES = 512;
    private static final List<Field<?>> READ = List.of(CATALOGUE_RECORD.WORK_ID, CATALOGUE_RECORD.ID,
            CATALOGUE_RECORD.MEMBER_ID, CATALOGUE_RECORD.SOURCE_ID, CATALOGUE_RECORD.TITLE, CATALOGUE_RECORD.SUBTITLE,
            CATALOGUE_RECORD.AUTHORS, CATALOGUE_RECORD.SUBJECTS, CATALOGUE_RECORD.PUBLISHER,
            CATALOGUE_RECORD.IDENTIFIERS, CATALOGUE_RECORD.COPIES, CATALOGUE_RECORD.CALL_NUMBER);

    /** What the index reads of one record. */
    record Part(long workId, long recordId, long memberId, String sourceId, String title, String subtitle,
                String authors, String subjects, String publisher, String identifiers, int copies,
                String callNumber) {
    }

    private final DSLContext tx;
    private final int rows;

    WorkSpill(DSLContext tx, int rows) {
        this.tx = tx;
        this.rows = rows;
    }

    static Part part(Record row) {
        return new Part(row.get(CATALOGUE_RECORD.WORK_ID), row.get(CATALOGUE_RECORD.ID),
                row.get(CATALOGUE_RECORD.MEMBER_ID), row.get(CATALOGUE_RECORD.SOURCE_ID),
                row.get(CATALOGUE_RECORD.TITLE), row.get(CATALOGUE_RECORD.SUBTITLE), row.get(CATALOGUE_RECORD.AUTHORS),
                row.get(CATALOGUE_RECORD.SUBJECTS), row.get(CATALOGUE_RECORD.PUBLISHER),
                row.get(CATALOGUE_RECORD.IDENTIFIERS), row.get(CATALOGUE_RECORD.COPIES),
                row.get(CATALOGUE_RECORD.CALL_NUMBER));
    }

    void read(Consumer<IndexedWork> sink, Progress progress) {
        var range = tx.select(DSL.min(CATALOGUE_RECORD.WORK_ID), DSL.max(CATALOGUE_RECORD.WORK_ID), DSL.count())
                .from(CATALOGUE_RECORD).fetchOne();
        if (range == null || range.value3() == 0) {
            return;
        }
        long first = range.value1();
        long span = range.value2() - first + 1;
        int files = (int) Math.min(MAX_FILES, Math.max(1, (range.value3() + rows - 1) / rows));
        Path folder = null;
        try {
            folder = Files.createTempDirectory("jalin-works");
            spill(folder, first, span, files, progress);
            for (int file = 0; file < files; file++) {
                progress.checkCancelled();
                handOver(folder.resolve(file + ".bin"), sink);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            delete(folder, files);
        }
    }

    private void spill(Path folder, long first, long span, int files, Progress progress) throws IOException {
        DataOutputStream[] outs = new DataOutputStream[files];
        try {
            StreamedRead.on(tx, one -> {
                try (var cursor = one.select(READ).from(CATALOGUE_RECORD).fetchSize(1000).fetchLazy()) {
                    int read = 0;
                    for (Record row : cursor) {
                        Part part = part(row);
                        int file = (int) ((part.workId() - first) * files / span);
                        if (outs[file] == null) {
                            outs[file] = new DataOutputStream(new BufferedOutputStream(
                                    Files.newOutputStream(folder.resolve(file + ".bin")), 1 << 16));
                        }
                        write(outs[file], part);
                        if (++read % 1000 == 0) {
                            progress.checkCancelled();
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            for (DataOutputStream out : outs) {
                if (out != null) {
                    out.close();
                }
            }
        }
    }

    private void handOver(Path file, Consumer<IndexedWork> sink) throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        List<Part> parts = new ArrayList<>();
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            while (true) {
                Part part;
                try {
                    part = read(in);
                } catch (EOFException end) {
                    break;
                }
                parts.add(part);
            }
        }
        parts.sort(Comparator.comparingLong(Part::workId).thenComparingLong(Part::recordId));
        Map<Long, Record> works = new HashMap<>();
        tx.select(CATALOGUE_WORK.ID, CATALOGUE_WORK.TITLE, CATALOGUE_WORK.AUTHOR, CATALOGUE_WORK.PUBLISH_YEAR,
                        CATALOGUE_WORK.KIND, CATALOGUE_WORK.EDITION).from(CATALOGUE_WORK)
                .where(CATALOGUE_WORK.ID.between(parts.get(0).workId(), parts.get(parts.size() - 1).workId()))
                .forEach(row -> works.put(row.value1(), row));
        JooqWorkFeed.WorkGathering gathering = null;
        for (Part part : parts) {
            Record work = works.get(part.workId());
            if (work == null) {
                // the work went while the records were read (another desk's load): it is no longer there to index
                continue;
            }
            if (gathering == null || gathering.workId() != part.workId()) {
                if (gathering != null) {
                    sink.accept(gathering.work());
                }
                gathering = new JooqWorkFeed.WorkGathering(part.workId(), work.get(CATALOGUE_WORK.TITLE),
                        work.get(CATALOGUE_WORK.AUTHOR), work.get(CATALOGUE_WORK.PUBLISH_YEAR),
                        work.get(CATALOGUE_WORK.KIND), work.get(CATALOGUE_WORK.EDITION));
            }
            gathering.add(part);
        }
        if (gathering != null) {
            sink.accept(gathering.work());
        }
    }

    private static void write(DataOutputStream out, Part part) throws IOException {
        out.writeLong(part.workId());
        out.writeLong(part.recordId());
        out.writeLong(part.memberId());
        out.writeInt(part.copies());
        // every column is far below writeUTF's 65,535 bytes (the longest, 10,000 characters, is not read here)
        out.writeUTF(part.sourceId());
        out.writeUTF(part.title());
        out.writeUTF(part.subtitle());
        out.writeUTF(part.authors());
        out.writeUTF(part.subjects());
        out.writeUTF(part.publisher());
        out.writeUTF(part.identifiers());
        out.writeUTF(part.callNumber());
    }

    private static Part read(DataInputStream in) throws IOException {
        long workId = in.readLong();
        long recordId = in.readLong();
        long memberId = in.readLong();
        int copies = in.readInt();
        return new Part(workId, recordId, memberId, in.readUTF(), in.readUTF(), in.readUTF(), in.readUTF(),
                in.readUTF(), in.readUTF(), in.readUTF(), copies, in.readUTF());
    }

    private static void delete(Path folder, int files) {
        if (folder == null) {
            return;
        }
        try {
            for (int file = 0; file < files; file++) {
                Files.deleteIfExists(folder.resolve(file + ".bin"));
            }
            Files.deleteIfExists(folder);
        } catch (IOException leftBehind) {
            // a temporary folder left behind is the system's to clear; the read itself succeeded or failed already
        }
    }
}
