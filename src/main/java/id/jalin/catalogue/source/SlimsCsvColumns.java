package id.jalin.catalogue.source;

/**
 * The columns of SLiMS's bibliography export (admin/modules/bibliography/export.php), by position: SLiMS writes them
 * in this order whatever the header says, and writes the header (when asked) with a separator after its last label.
 */
final class SlimsCsvColumns {
    static final int TITLE = 0;
    static final int GMD_NAME = 1;
    static final int EDITION = 2;
    static final int ISBN_ISSN = 3;
    static final int PUBLISHER_NAME = 4;
    static final int PUBLISH_YEAR = 5;
    static final int COLLATION = 6;
    static final int SERIES_TITLE = 7;
    static final int CALL_NUMBER = 8;
    static final int LANGUAGE_NAME = 9;
    static final int PLACE_NAME = 10;
    static final int CLASSIFICATION = 11;
    static final int NOTES = 12;
    static final int IMAGE = 13;
    static final int SOR = 14;
    static final int AUTHORS = 15;
    static final int TOPICS = 16;
    static final int ITEM_CODE = 17;
    static final int COUNT = 18;

    private SlimsCsvColumns() {
    }
}
