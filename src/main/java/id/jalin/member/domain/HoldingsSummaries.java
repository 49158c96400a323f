package id.jalin.member.domain;

import java.util.Map;

/**
 * How each member's holdings were last loaded into the union catalogue, for the register to show. The catalogue
 * knows this but depends on the register, so the register asks through this port and the application hands it the
 * catalogue's answer.
 */
public interface HoldingsSummaries {
    /** For a register shown without a union catalogue: no member has holdings loaded. */
    HoldingsSummaries NONE = Map::of;

    /**
     * The last load of every member that has one, by library id; members without holdings are absent. Called off
     * the FX thread each time the register is read, so it may read the database.
     */
    Map<Long, HoldingsSummary> all();
}
