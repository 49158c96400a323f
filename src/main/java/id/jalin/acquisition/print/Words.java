package id.jalin.acquisition.print;

import id.jalin.kernel.i18n.Messages;
import id.jalin.kernel.money.Money;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;

/** The words, dates and amounts of the acquisition papers in the one language they are printed in. */
final class Words {
    private final Messages messages;

    Words(Messages messages) {
        this.messages = messages;
    }

    Messages messages() {
        return messages;
    }

    String get(String key, Object... args) {
        return messages.get(key, args);
    }

    String date(LocalDate date) {
        return messages.date(date);
    }

    /** "Rp 1.250.000" in Indonesian, "Rp 1,250,000" in English. */
    String money(Money money) {
        return messages.money(money);
    }

    /**
     * The digits of an amount grouped for the language, without "Rp": the column heading says "(Rp)" once, so a
     * column of amounts lines up on its last digit and fits narrower columns.
     */
    String amount(Money money) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(messages.language().locale());
        return new DecimalFormat("#,##0", symbols).format(money.rupiah());
    }

    String format(ItemFormat format) {
        return messages.label("acquisition.print.format", format);
    }

    /** A share (0.125 for 12.5 %) as the language writes a percentage with one decimal. */
    String percent(double share) {
        return messages.get("acquisition.print.percent", share * 100);
    }

    /** A share given in hundredths of a percent (3,333 for 33.33 %). */
    String basisPoints(long basisPoints) {
        return messages.get("acquisition.print.percent.exact", basisPoints / 100.0);
    }

    String page(int page, int total) {
        return messages.get("acquisition.print.page", page, total);
    }
}
