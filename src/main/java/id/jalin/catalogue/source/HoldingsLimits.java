package id.jalin.catalogue.source;

/**
 * How large a holdings file may be. A member's whole catalogue of 20,000 titles is some 10 MB as MARC21 and a
 * large university's 500,000 titles about 250 MB as MARCXML, so 1 GiB leaves room for any real export while a
 * 2 GB file (a disk image, a backup, a video chosen by mistake) is refused with a clear message instead of being
 * read for minutes. The file is read as a stream, so the limit guards time, not memory.
 */
public final class HoldingsLimits {
    /** 1 GiB. */
    public static final long MAX_FILE_BYTES = 1L << 30;

    private HoldingsLimits() {
    }

    /** The limit as the refusal names it, in GiB. */
    static long maxGibibytes() {
        return MAX_FILE_BYTES >> 30;
    }
}
