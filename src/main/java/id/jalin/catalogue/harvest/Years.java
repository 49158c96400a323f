package id.jalin.catalogue.harvest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A publication year out of how catalogues write dates: "2019", "c2019", "[2019?]", "2019-08-01T04:05:06Z". */
final class Years {
    private static final Pattern YEAR = Pattern.compile("(?<![0-9])(1[5-9][0-9]{2}|20[0-9]{2})(?![0-9])");

    private Years() {
    }

    /** The first plausible year in the text, or {@code null}. */
    static Integer in(String text) {
        if (text == null) {
            return null;
        }
        Matcher found = YEAR.matcher(text);
        return found.find() ? Integer.valueOf(found.group(1)) : null;
    }
}
