package id.jalin.training.domain;

/** What a scan at the door found: whose badge or card it was, for which session, and whether it was ticked already. */
public record ScanResult(Registration registration, TrainingSession session, boolean alreadyRecorded) {
}
