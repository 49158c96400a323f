package id.jalin.member.domain;

import id.jalin.kernel.i18n.Labels;

/**
 * What kind of server a member's catalogue runs on, which tells the union catalogue how to harvest it: Koha,
 * INLISLite and the repositories speak OAI-PMH; SLiMS speaks a thin OAI-PMH (Dublin Core only) and, for its copies,
 * the MODS pages it uses itself to copy records between servers.
 */
@Labels("member.catalogue_kind")
public enum CatalogueServerKind {
    KOHA, INLISLITE, SLIMS, EPRINTS, DSPACE, OTHER_OAI_PMH
}
