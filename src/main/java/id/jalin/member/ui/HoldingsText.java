package id.jalin.member.ui;

import id.jalin.kernel.i18n.Messages;
import id.jalin.member.domain.HoldingsSummary;
import java.text.NumberFormat;

/** How the register words a member's last load into the union catalogue, in the language shown. */
final class HoldingsText {
    private HoldingsText() {
    }

    /** "Holdings in the union catalogue: 12,345 records, loaded 1 Dec 2026 14:05 from ... (export.csv)." */
    static String sentence(Messages messages, HoldingsSummary summary) {
        if (summary == null) {
            return messages.get("member.catalogue.holdings.none");
        }
        String when = messages.dateTime(summary.loadedAt());
        return summary.origin().isEmpty()
                ? messages.get("member.catalogue.holdings.loadedFrom", summary.records(), when, summary.sourceLabel())
                : messages.get("member.catalogue.holdings.loaded", summary.records(), when, summary.sourceLabel(),
                        summary.origin());
    }

    /** The record count for the register's column: digits grouped as the language writes them. */
    static String count(Messages messages, Integer records) {
        return records == null ? "" : NumberFormat.getIntegerInstance(messages.language().locale()).format(records);
    }
}
