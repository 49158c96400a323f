package id.jalin.agreement.domain;

import id.jalin.forum.domain.LetterNumbering;
import java.time.LocalDate;

/**
 * An agreement number in the Indonesian letter style: {@code 012/PKS/FPPTI-JABAR/XI/2026}, that is the running
 * number for the kind in that year, the kind, the forum's code, the month in Roman numerals and the year.
 * The text may be edited by hand; {@code year} and {@code sequence} keep the running count.
 */
public record AgreementNumber(String text, int year, int sequence) {
    public AgreementNumber {
        text = text == null ? "" : text.strip();
    }

    public static AgreementNumber generate(int sequence, AgreementKind kind, String forumCode, LocalDate date) {
        String text = LetterNumbering.format(sequence, kind.code(), forumCode, date);
        return new AgreementNumber(text, date.getYear(), sequence);
    }

    public AgreementNumber withText(String newText) {
        return new AgreementNumber(newText, year, sequence);
    }

    @Override
    public String toString() {
        return text;
    }
}
