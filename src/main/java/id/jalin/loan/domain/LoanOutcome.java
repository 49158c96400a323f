package id.jalin.loan.domain;

import java.util.List;

/** What became of a step: the request moved (with the history lines the step wrote), or the step was refused. */
public sealed interface LoanOutcome {
    record Moved(LoanRequest request, List<LoanEvent> events) implements LoanOutcome {
        public Moved {
            events = List.copyOf(events);
        }
    }

    /**
     * Refused, with the reason in words: a bundle key and its arguments. Arguments that are enum constants
     * ({@link LoanAction}, {@link LoanState}) are shown by their labels.
     */
    record Refused(String messageKey, List<Object> args) implements LoanOutcome {
        public Refused {
            args = List.copyOf(args);
        }

        static Refused because(String messageKey, Object... args) {
            return new Refused(messageKey, List.of(args));
        }
    }
}
