package id.jalin.agreement.domain;

import id.jalin.kernel.concurrency.StaleRecordException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/** A map-backed agreement store for domain and view-model tests; behaves like the real one on versions. */
public final class InMemoryAgreementRepository implements AgreementRepository {
    private final Map<Long, Agreement> agreements = new LinkedHashMap<>();
    private final Map<Long, Attachment> attachments = new HashMap<>();
    private final AtomicLong ids = new AtomicLong();
    private List<ClauseTemplate> clauses = List.of(
            new ClauseTemplate(1, null, "Maksud dan Tujuan", "Purpose", "Perjanjian ini dimaksudkan ...", "This Agreement is intended ..."),
            new ClauseTemplate(2, CooperationForm.INTERLIBRARY_LOAN, "Pinjam Antarperpustakaan", "Interlibrary Loan",
                    "Perpustakaan peminjam bertanggung jawab ...", "The borrowing library is responsible ..."));

    /** A fixed identifier, as a real database keeps its own. */
    public static final String DATABASE_ID = "0b7c6f1e-3d2a-4c59-9e8f-5a1b2c3d4e5f";

    @Override
    public String databaseId() {
        return DATABASE_ID;
    }

    @Override
    public List<Agreement> findAll() {
        return new ArrayList<>(agreements.values());
    }

    @Override
    public Optional<Agreement> find(long id) {
        return Optional.ofNullable(agreements.get(id));
    }

    @Override
    public Set<Long> renewedIds() {
        return agreements.values().stream().map(Agreement::previousId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
    }

    @Override
    public boolean numberTaken(String number, Long excludingId) {
        return agreements.values().stream().anyMatch(a -> a.number().text().equals(number) && !a.id().equals(excludingId));
    }

    @Override
    public int highestSequence(AgreementKind kind, int year) {
        return agreements.values().stream().filter(a -> a.kind() == kind && a.number().year() == year)
                .mapToInt(a -> a.number().sequence()).max().orElse(0);
    }

    @Override
    public Agreement save(Agreement agreement) {
        long id;
        int version;
        if (agreement.isNew()) {
            id = ids.incrementAndGet();
            version = 0;
        } else {
            Agreement stored = agreements.get(agreement.id());
            if (stored.version() != agreement.version()) {
                throw new StaleRecordException(agreement.number().text());
            }
            id = agreement.id();
            version = agreement.version() + 1;
        }
        List<Obligation> obligations = new ArrayList<>();
        for (Obligation o : agreement.obligations()) {
            List<Fulfilment> log = o.id() == null ? List.of() : find(id).flatMap(a -> a.obligations().stream()
                    .filter(old -> old.id().equals(o.id())).findFirst()).map(Obligation::fulfilments).orElse(List.of());
            obligations.add(new Obligation(o.id() == null ? ids.incrementAndGet() : o.id(), o.partyNumber(),
                    o.descriptionId(), o.descriptionEn(), o.recurrence(), o.firstDueOn(), log));
        }
        Agreement saved = agreement.withIdentity(id, version).withObligations(obligations);
        agreements.put(id, saved);
        return saved;
    }

    @Override
    public void recordFulfilment(long obligationId, Fulfilment fulfilment) {
        for (Agreement agreement : List.copyOf(agreements.values())) {
            List<Obligation> obligations = agreement.obligations().stream().map(o -> {
                if (!o.id().equals(obligationId)) {
                    return o;
                }
                List<Fulfilment> log = new ArrayList<>(o.fulfilments());
                log.add(new Fulfilment(ids.incrementAndGet(), fulfilment.fulfilledOn(), fulfilment.note(),
                        fulfilment.recordedBy(), fulfilment.recordedAt()));
                return new Obligation(o.id(), o.partyNumber(), o.descriptionId(), o.descriptionEn(), o.recurrence(),
                        o.firstDueOn(), log);
            }).toList();
            agreements.put(agreement.id(), agreement.withObligations(obligations));
        }
    }

    @Override
    public void delete(long id, int version) {
        agreements.remove(id);
    }

    @Override
    public List<ClauseTemplate> clauseLibrary() {
        return clauses;
    }

    @Override
    public Optional<Attachment> attachment(long agreementId) {
        return Optional.ofNullable(attachments.get(agreementId));
    }

    @Override
    public void saveAttachment(long agreementId, Attachment attachment) {
        attachments.put(agreementId, attachment);
    }
}
