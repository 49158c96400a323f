package id.jalin.loan.iso;

import java.util.List;

/**
 * What is wanted. Every text may be null. {@code titleOfComponent}, {@code authorOfComponent} and
 * {@code pagesRequested} describe the article or chapter of a copy request.
 */
public record IsoBibliographicInfo(
        String supplierUniqueRecordId,
        String title,
        String author,
        String subtitle,
        String edition,
        String titleOfComponent,
        String authorOfComponent,
        String pagesRequested,
        List<IsoBibliographicItemId> itemIds) {

    public IsoBibliographicInfo {
        supplierUniqueRecordId = IsoText.orNull(supplierUniqueRecordId);
        title = IsoText.orNull(title);
        author = IsoText.orNull(author);
        subtitle = IsoText.orNull(subtitle);
        edition = IsoText.orNull(edition);
        titleOfComponent = IsoText.orNull(titleOfComponent);
        authorOfComponent = IsoText.orNull(authorOfComponent);
        pagesRequested = IsoText.orNull(pagesRequested);
        itemIds = itemIds == null ? List.of() : List.copyOf(itemIds);
    }
}
