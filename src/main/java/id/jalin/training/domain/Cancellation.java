package id.jalin.training.domain;

import java.util.List;

/** A registration cancelled, and whoever moved up from the waiting list into the place it freed. */
public record Cancellation(Registration cancelled, List<Registration> promoted) {
    public Cancellation {
        promoted = List.copyOf(promoted);
    }
}
