package id.jalin.kernel.ui;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of the start screen's list of what needs attention, already in the reader's words.
 *
 * @param date the day it falls (or fell) due
 * @param kind what sort of thing is due, in words that also say which part of Jalin it belongs to
 * @param text what it is about: a title, a party, a round's name
 * @param reference the number a secretary looks it up by; empty when it has none
 * @param late whether the day has passed: such lines stand out
 * @param open shows it in its own screen; run on the window thread
 */
public record AttentionLine(LocalDate date, String kind, String text, String reference, boolean late,
                            Runnable open) {
    public AttentionLine {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(open, "open");
        reference = reference == null ? "" : reference;
    }
}
