package id.jalin.catalogue.harvest;

/**
 * A title as SLiMS and many repositories write it in one field, "Main title : subtitle / responsibility", split into
 * the parts a MARC record keeps apart (245 $a, $b, $c), so that its match key is made the same way.
 *
 * @param title the main title, without the ISBD punctuation that ends it
 */
record TitleParts(String title, String subtitle, String responsibility) {
    static TitleParts of(String written) {
        String rest = written == null ? "" : written.strip();
        String responsibility = "";
        int slash = rest.indexOf(" / ");
        if (slash > 0) {
            responsibility = rest.substring(slash + 3).strip();
            rest = rest.substring(0, slash);
        }
        String subtitle = "";
        int colon = rest.indexOf(" : ");
        if (colon < 0) {
            colon = rest.indexOf(": ");
        }
        if (colon > 0) {
            subtitle = trimPunctuation(rest.substring(colon + 2));
            rest = rest.substring(0, colon);
        }
        return new TitleParts(trimPunctuation(rest), subtitle, responsibility);
    }

    /** "Judul :" or "Judul /" as SLiMS's MODS cuts a title: the ISBD mark that ended it dropped. */
    static String trimPunctuation(String text) {
        return text.strip().replaceAll("\\s*[:/;=]+$", "").strip();
    }
}
