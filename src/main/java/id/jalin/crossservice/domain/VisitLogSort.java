package id.jalin.crossservice.domain;

import id.jalin.kernel.i18n.Labels;

/** The columns the visit log can be sorted by in the database; newest first is the log's own order. */
@Labels({}) // a sort column, shown by its column heading
public enum VisitLogSort {
    TIME, HOST, SCANNED, HOLDER, VERDICT
}
