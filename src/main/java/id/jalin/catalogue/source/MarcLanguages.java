package id.jalin.catalogue.source;

import java.util.Locale;
import java.util.Map;

/**
 * The MARC language code for 008/35-37 of a generated record. MARC records already carry the code ("ind"); SLiMS and
 * the Jalin CSV carry the language's name in Indonesian or English ("Indonesia", "Inggris", "English").
 */
final class MarcLanguages {
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("indonesia", "ind"), Map.entry("indonesian", "ind"), Map.entry("bahasa indonesia", "ind"),
            Map.entry("inggris", "eng"), Map.entry("english", "eng"), Map.entry("bahasa inggris", "eng"),
            Map.entry("arab", "ara"), Map.entry("arabic", "ara"), Map.entry("jawa", "jav"),
            Map.entry("javanese", "jav"), Map.entry("sunda", "sun"), Map.entry("sundanese", "sun"),
            Map.entry("melayu", "may"), Map.entry("malay", "may"), Map.entry("belanda", "dut"),
            Map.entry("dutch", "dut"), Map.entry("jepang", "jpn"), Map.entry("japanese", "jpn"),
            Map.entry("mandarin", "chi"), Map.entry("cina", "chi"), Map.entry("chinese", "chi"),
            Map.entry("jerman", "ger"), Map.entry("german", "ger"), Map.entry("perancis", "fre"),
            Map.entry("prancis", "fre"), Map.entry("french", "fre"));

    private MarcLanguages() {
    }

    /** The three-letter code; "und" (undetermined) when the language is blank or unknown. */
    static String code(String language) {
        String name = language.strip().toLowerCase(Locale.ROOT);
        if (name.matches("[a-z]{3}") && !CODES.containsKey(name)) {
            return name;
        }
        return CODES.getOrDefault(name, "und");
    }
}
