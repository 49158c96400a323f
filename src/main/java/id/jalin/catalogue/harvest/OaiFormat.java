package id.jalin.catalogue.harvest;

/**
 * A metadata format Jalin reads, known by its namespace, asked for by the prefix the server gives it.
 *
 * @param prefix the metadataPrefix to ask for ("marcxml", "oai_dc"; a server may name MARCXML "marc21")
 * @param namespace the format's namespace, by which a server's list of formats is matched
 */
record OaiFormat(String prefix, String namespace, MetadataReading reading) {
    static final String MARCXML_NAMESPACE = "http://www.loc.gov/MARC21/slim";
    static final String OAI_DC_NAMESPACE = "http://www.openarchives.org/OAI/2.0/oai_dc/";

    OaiFormat named(String serverPrefix) {
        return new OaiFormat(serverPrefix, namespace, reading);
    }
}
