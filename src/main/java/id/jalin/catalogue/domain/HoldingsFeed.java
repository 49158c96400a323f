package id.jalin.catalogue.domain;

/**
 * A run that reads a member's holdings from somewhere (a file's reader, a harvester) and hands them to a sink; the
 * store calls it inside the transaction that replaces the member's holdings, so whatever it throws undoes the run.
 *
 * @param <E> what the run may fail with (an unreadable file, a server that does not answer)
 */
@FunctionalInterface
public interface HoldingsFeed<E extends Exception> {
    void feedTo(RecordSink sink) throws E;
}
