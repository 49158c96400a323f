package id.jalin.agreement.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where agreements are stored. The jOOQ implementation lives in {@code agreement.data}. */
public interface AgreementRepository {
    List<Agreement> findAll();

    Optional<Agreement> find(long id);

    /** Ids of agreements that a later agreement renews. */
    Set<Long> renewedIds();

    boolean numberTaken(String number, Long excludingId);

    /** The highest running number used for that kind in that year, 0 if none. */
    int highestSequence(AgreementKind kind, int year);

    /**
     * Inserts or updates the agreement with its parties, articles and obligations in one transaction;
     * obligations keep their fulfilment logs.
     *
     * @throws id.jalin.kernel.concurrency.StaleRecordException if someone else saved it since it was read
     */
    Agreement save(Agreement agreement);

    /** Adds an entry to an obligation's log, stored at once. */
    void recordFulfilment(long obligationId, Fulfilment fulfilment);

    void delete(long id, int version);

    List<ClauseTemplate> clauseLibrary();

    Optional<Attachment> attachment(long agreementId);

    void saveAttachment(long agreementId, Attachment attachment);

    /** This database's stable identifier, which keeps calendar UIDs unique across databases. */
    String databaseId();

}
