package id.jalin.loan.iso;

/** A constant of one of the schema's closed lists, with its exact spelling in the XML. */
interface IsoXmlValue {
    String xmlValue();

    /** The constant spelled {@code text}; the schema has already refused any other spelling. */
    static <E extends Enum<E> & IsoXmlValue> E fromXml(Class<E> type, String text) {
        for (E constant : type.getEnumConstants()) {
            if (constant.xmlValue().equals(text)) {
                return constant;
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no value " + text);
    }
}
