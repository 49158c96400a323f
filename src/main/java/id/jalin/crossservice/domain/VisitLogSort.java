package id.jalin.crossservice.domain;

/** The columns the visit log can be sorted by in the database; newest first is the log's own order. */
public enum VisitLogSort {
    TIME, HOST, SCANNED, HOLDER, VERDICT
}
