package id.jalin.agreement.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * What a party promised and by when: "Pihak Kedua menyelenggarakan 2 kegiatan per tahun ...". {@code partyNumber}
 * is the party's place in the agreement (1 = Pihak Pertama). A recurring obligation falls due again every period
 * until the agreement ends; each fulfilment in the log covers the earliest occurrence still open.
 */
public record Obligation(Long id, int partyNumber, String descriptionId, String descriptionEn, Recurrence recurrence,
                         LocalDate firstDueOn, List<Fulfilment> fulfilments) {
    public Obligation {
        descriptionId = Party.clean(descriptionId);
        descriptionEn = Party.clean(descriptionEn);
        recurrence = recurrence == null ? Recurrence.ONCE : recurrence;
        fulfilments = fulfilments == null ? List.of() : List.copyOf(fulfilments);
    }

    public static Obligation once(int partyNumber, String descriptionId, String descriptionEn, LocalDate dueOn) {
        return new Obligation(null, partyNumber, descriptionId, descriptionEn, Recurrence.ONCE, dueOn, List.of());
    }

    public Obligation withFirstDue(LocalDate dueOn) {
        return new Obligation(null, partyNumber, descriptionId, descriptionEn, recurrence, dueOn, List.of());
    }

    /** Every due date up to and including {@code until} (the agreement's end): one for ONCE. */
    public List<LocalDate> dueDates(LocalDate until) {
        if (!recurrence.repeats()) {
            return List.of(firstDueOn);
        }
        java.util.ArrayList<LocalDate> dates = new java.util.ArrayList<>();
        for (int i = 0; ; i++) {
            LocalDate due = recurrence.occurrence(firstDueOn, i);
            if (due.isAfter(until) || i > 400) {
                break;
            }
            dates.add(due);
        }
        return dates;
    }
}
