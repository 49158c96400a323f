package id.jalin.forum.domain;

import java.time.LocalDate;

/**
 * The forum's Indonesian letter numbering, shared by everything it numbers (agreements, introduction letters):
 * {@code 012/PKS/FPPTI-JABAR/XI/2026} is the running number in the year, the kind of letter, the forum's short
 * code, the month in Roman numerals and the year. A forum without a short code gets numbers without that part
 * rather than an empty "//".
 */
public final class LetterNumbering {
    private static final String[] ROMAN_MONTHS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private LetterNumbering() {
    }

    public static String format(int sequence, String series, String forumCode, LocalDate date) {
        String forumPart = forumCode == null || forumCode.isBlank() ? "" : forumCode.strip() + "/";
        return String.format("%03d/%s/%s%s/%d", sequence, series, forumPart, romanMonth(date.getMonthValue()),
                date.getYear());
    }

    public static String romanMonth(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("No month " + month);
        }
        return ROMAN_MONTHS[month - 1];
    }
}
