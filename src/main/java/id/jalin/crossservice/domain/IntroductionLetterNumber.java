package id.jalin.crossservice.domain;

import id.jalin.forum.domain.LetterNumbering;
import java.time.LocalDate;

/**
 * The number of an introduction letter in the forum's Indonesian letter numbering, as agreements are numbered:
 * {@code 007/SP-KSL/FPPTI-JABAR/III/2026} is the seventh letter of 2026, a surat pengantar for the cross-service
 * card (SP-KSL), from the forum, in March.
 */
public final class IntroductionLetterNumber {
    /** The counter series of introduction letters, and the letter type in their number. */
    public static final String SERIES = "SP-KSL";

    private IntroductionLetterNumber() {
    }

    public static String format(int sequence, String forumCode, LocalDate date) {
        if (sequence < 1) {
            throw new IllegalArgumentException("Letter numbers start at 1: " + sequence);
        }
        return LetterNumbering.format(sequence, SERIES, forumCode, date);
    }
}
