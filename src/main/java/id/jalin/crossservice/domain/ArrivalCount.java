package id.jalin.crossservice.domain;

import java.time.YearMonth;

/** A report row: how many arrivals with one verdict a library (host or home, as the report says) had in a month. */
public record ArrivalCount(long libraryId, YearMonth month, Verdict verdict, long count) {
}
