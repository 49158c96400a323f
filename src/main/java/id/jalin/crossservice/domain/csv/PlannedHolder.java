package id.jalin.crossservice.domain.csv;

import id.jalin.crossservice.domain.CardHolder;
import java.util.List;

/** A holder a row describes (not yet stored, home library already resolved), and that row. */
public record PlannedHolder(CardHolder holder, int rowNumber, List<String> rawValues) {
    public PlannedHolder {
        rawValues = List.copyOf(rawValues);
    }
}
