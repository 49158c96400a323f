package id.jalin.catalogue.domain;

import id.jalin.kernel.i18n.Labels;

/**
 * Where a member's holdings came from: a file of one of these formats, a harvest from its server, or copies placed
 * there by a joint purchase (before the member's first load).
 */
@Labels("catalogue.source")
public enum HoldingsSource {
    MARC21, MARCXML, SLIMS_CSV, JALIN_CSV, OAI_PMH, SLIMS_MODS, PLACED
}
