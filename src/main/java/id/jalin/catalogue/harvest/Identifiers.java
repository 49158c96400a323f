package id.jalin.catalogue.harvest;

import id.jalin.catalogue.domain.Isbn;
import id.jalin.catalogue.domain.Issn;
import id.jalin.catalogue.domain.RecordFlag;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The ISBNs and ISSNs among a record's identifiers. Only a number written as one (digits, hyphens, spaces, an X) or
 * marked "ISBN"/"ISSN" is read, so that the digits of a web address or a citation are never taken for an ISBN.
 */
final class Identifiers {
    private static final Pattern BARE_NUMBER = Pattern.compile("[0-9Xx][0-9Xx\\- ]{6,}");

    final List<Isbn> isbns = new ArrayList<>();
    final List<Issn> issns = new ArrayList<>();
    final List<RecordFlag> flags = new ArrayList<>();

    static boolean isWebAddress(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** Reads {@code text} when it is an ISBN or ISSN; says whether it was. */
    boolean read(String text) {
        String value = text.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        boolean marked = lower.contains("isbn") || lower.contains("issn");
        if (value.isEmpty() || isWebAddress(value) || !(marked || BARE_NUMBER.matcher(value).matches())) {
            return false;
        }
        if (!lower.contains("issn")) {
            var isbn = Isbn.read(value);
            if (isbn.isPresent()) {
                add(isbn.get());
                return true;
            }
        }
        var issn = Issn.read(value);
        if (issn.isPresent()) {
            if (!issns.contains(issn.get())) {
                issns.add(issn.get());
                if (!issn.get().checkValid() && !flags.contains(RecordFlag.BAD_ISSN_CHECK)) {
                    flags.add(RecordFlag.BAD_ISSN_CHECK);
                }
            }
            return true;
        }
        return false;
    }

    private void add(Isbn isbn) {
        if (!isbns.contains(isbn)) {
            isbns.add(isbn);
            if (!isbn.checkDigitValid() && !flags.contains(RecordFlag.BAD_ISBN_CHECK_DIGIT)) {
                flags.add(RecordFlag.BAD_ISBN_CHECK_DIGIT);
            }
        }
    }
}
