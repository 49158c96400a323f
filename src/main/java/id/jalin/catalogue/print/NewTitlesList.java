package id.jalin.catalogue.print;

import id.jalin.catalogue.domain.StoredRecord;
import id.jalin.kernel.pdf.LetterheadData;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A member's new acquisitions ("daftar judul baru"): the records that arrived in its holdings between {@code from}
 * and {@code to}, in the order they are to be printed, under the forum's letterhead.
 */
public record NewTitlesList(LetterheadData letterhead, String memberName, LocalDate from, LocalDate to,
                            List<StoredRecord> records) {
    public NewTitlesList {
        Objects.requireNonNull(letterhead, "letterhead");
        memberName = memberName == null ? "" : memberName.strip();
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        records = List.copyOf(records);
    }

    /** All copies of all listed titles, as the summary under the heading counts them. */
    public long copies() {
        return records.stream().mapToLong(r -> r.record().copies()).sum();
    }
}
