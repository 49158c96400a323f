package id.jalin.kernel.importing;

import java.util.List;

/** What every import reports besides its own counts: the rows it refused, with their reasons. */
public interface ImportResult {
    List<RejectedRow> rejected();
}
