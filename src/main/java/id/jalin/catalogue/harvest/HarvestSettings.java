package id.jalin.catalogue.harvest;

import java.time.Duration;
import java.util.Objects;

/**
 * How patient a harvest is with a member's server.
 *
 * @param connectTimeout how long to wait for the connection to open
 * @param answerTimeout how long to wait for one whole page (headers and body) once asked
 * @param maxRequests how many requests one harvest may make before it is taken for a server that pages forever
 */
public record HarvestSettings(Duration connectTimeout, Duration answerTimeout, int maxRequests) {
    /**
     * Thirty seconds each: a campus server on a slow line answers a page of fifty records well within that. Sixty
     * thousand requests: a SLiMS catalogue of 20,000 titles harvested through MODS takes 2,000 list pages and one
     * request per title; a Koha server pages fifty records at a time.
     */
    public static final HarvestSettings DEFAULTS = new HarvestSettings(Duration.ofSeconds(30), Duration.ofSeconds(30),
            60_000);

    public HarvestSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(answerTimeout, "answerTimeout");
        if (connectTimeout.isNegative() || connectTimeout.isZero() || answerTimeout.isNegative()
                || answerTimeout.isZero() || maxRequests < 1) {
            throw new IllegalArgumentException("Timeouts and the request limit must be positive");
        }
    }
}
