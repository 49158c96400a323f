package id.jalin.kernel.db.transfer;

import id.jalin.kernel.i18n.Labels;
import java.util.List;

/**
 * A move, restore or copy that was refused before anything was written, with the reason and the figures the
 * words need ({@code transfer.refused.<reason>} with {@code {0}}, {@code {1}} ...).
 */
public class TransferRefusedException extends RuntimeException {
    @Labels("transfer.refused")
    public enum Refusal {
        /** {0} source version, {1} target version. */
        VERSIONS_DIFFER,
        /** {0} table, {1} rows. */
        TARGET_NOT_EMPTY,
        /** {0} archive version, {1} this Jalin's version. */
        ARCHIVE_NEWER,
        /** {0} archive version, {1} this Jalin's version. */
        ARCHIVE_OLDER,
        /** {0} file name. */
        NOT_AN_ARCHIVE,
        /** {0} file name. */
        FILE_EXISTS
    }

    private final Refusal refusal;
    private final List<Object> arguments;

    public TransferRefusedException(Refusal refusal, Object... arguments) {
        super(refusal + " " + List.of(arguments));
        this.refusal = refusal;
        this.arguments = List.of(arguments);
    }

    public Refusal refusal() {
        return refusal;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
