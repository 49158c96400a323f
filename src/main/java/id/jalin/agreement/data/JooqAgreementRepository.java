package id.jalin.agreement.data;

import static id.jalin.kernel.db.generated.Tables.AGREEMENT;
import static id.jalin.kernel.db.generated.Tables.AGREEMENT_ARTICLE;
import static id.jalin.kernel.db.generated.Tables.AGREEMENT_ATTACHMENT;
import static id.jalin.kernel.db.generated.Tables.AGREEMENT_OBLIGATION;
import static id.jalin.kernel.db.generated.Tables.AGREEMENT_PARTY;
import static id.jalin.kernel.db.generated.Tables.CLAUSE_TEMPLATE;
import static id.jalin.kernel.db.generated.Tables.LIBRARY;
import static id.jalin.kernel.db.generated.Tables.OBLIGATION_FULFILMENT;

import id.jalin.agreement.domain.Agreement;
import id.jalin.agreement.domain.AgreementKind;
import id.jalin.agreement.domain.AgreementNumber;
import id.jalin.agreement.domain.AgreementRepository;
import id.jalin.agreement.domain.Article;
import id.jalin.agreement.domain.Attachment;
import id.jalin.agreement.domain.ClauseTemplate;
import id.jalin.agreement.domain.CooperationForm;
import id.jalin.agreement.domain.Fulfilment;
import id.jalin.agreement.domain.Obligation;
import id.jalin.agreement.domain.Party;
import id.jalin.agreement.domain.Recurrence;
import id.jalin.agreement.domain.Renewal;
import id.jalin.agreement.domain.RenewalKind;
import id.jalin.agreement.domain.SinclairType;
import id.jalin.agreement.domain.Termination;
import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.db.DatabaseIdentity;
import id.jalin.kernel.db.generated.tables.records.AgreementRecord;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Stores agreements and their parts in the agreement tables; one transaction per save. */
public final class JooqAgreementRepository implements AgreementRepository {
    private final DSLContext dsl;

    public JooqAgreementRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public String databaseId() {
        return new DatabaseIdentity(dsl).identifier();
    }

    @Override
    public List<Agreement> findAll() {
        List<AgreementRecord> records = dsl.selectFrom(AGREEMENT).orderBy(AGREEMENT.STARTS_ON.desc(), AGREEMENT.ID).fetch();
        Parts parts = Parts.load(dsl, records.stream().map(AgreementRecord::getId).toList());
        return records.stream().map(r -> toAgreement(r, parts)).toList();
    }

    @Override
    public Optional<Agreement> find(long id) {
        return find(dsl, id);
    }

    private static Optional<Agreement> find(DSLContext context, long id) {
        return context.selectFrom(AGREEMENT).where(AGREEMENT.ID.eq(id)).fetchOptional()
                .map(r -> toAgreement(r, Parts.load(context, List.of(id))));
    }

    @Override
    public Set<Long> renewedIds() {
        return new HashSet<>(dsl.selectDistinct(AGREEMENT.PREVIOUS_ID).from(AGREEMENT)
                .where(AGREEMENT.PREVIOUS_ID.isNotNull()).fetch(AGREEMENT.PREVIOUS_ID));
    }

    @Override
    public boolean numberTaken(String number, Long excludingId) {
        var condition = AGREEMENT.NUMBER.eq(number);
        if (excludingId != null) {
            condition = condition.and(AGREEMENT.ID.ne(excludingId));
        }
        return dsl.fetchExists(AGREEMENT, condition);
    }

    @Override
    public int highestSequence(AgreementKind kind, int year) {
        Integer max = dsl.select(org.jooq.impl.DSL.max(AGREEMENT.NUMBER_SEQUENCE)).from(AGREEMENT)
                .where(AGREEMENT.KIND.eq(kind.name()).and(AGREEMENT.NUMBER_YEAR.eq(year))).fetchOne(0, Integer.class);
        return max == null ? 0 : max;
    }

    @Override
    public Agreement save(Agreement agreement) {
        return dsl.transactionResult(configuration -> {
            DSLContext tx = configuration.dsl();
            long id;
            if (agreement.isNew()) {
                AgreementRecord record = tx.newRecord(AGREEMENT);
                fill(record, agreement);
                record.setVersion(0);
                record.store();
                id = record.getId();
            } else {
                AgreementRecord values = tx.newRecord(AGREEMENT);
                fill(values, agreement);
                int updated = tx.update(AGREEMENT).set(values).set(AGREEMENT.VERSION, agreement.version() + 1)
                        .where(AGREEMENT.ID.eq(agreement.id()).and(AGREEMENT.VERSION.eq(agreement.version())))
                        .execute();
                if (updated == 0) {
                    throw tx.fetchExists(AGREEMENT, AGREEMENT.ID.eq(agreement.id()))
                            ? new StaleRecordException(agreement.number().text())
                            : new RecordGoneException(agreement.number().text());
                }
                id = agreement.id();
            }
            saveParts(tx, id, agreement);
            return find(tx, id).orElseThrow();
        });
    }

    private static void saveParts(DSLContext tx, long id, Agreement agreement) {
        // Parties and articles have no history of their own: write them afresh in their current order.
        tx.deleteFrom(AGREEMENT_PARTY).where(AGREEMENT_PARTY.AGREEMENT_ID.eq(id)).execute();
        for (int i = 0; i < agreement.parties().size(); i++) {
            Party party = agreement.parties().get(i);
            tx.insertInto(AGREEMENT_PARTY)
                    .set(AGREEMENT_PARTY.AGREEMENT_ID, id)
                    .set(AGREEMENT_PARTY.PARTY_NUMBER, i + 1)
                    .set(AGREEMENT_PARTY.LIBRARY_ID, party.libraryId())
                    .set(AGREEMENT_PARTY.BODY_NAME, party.isMember() ? null : party.name())
                    .set(AGREEMENT_PARTY.SIGNATORY_NAME, party.signatoryName())
                    .set(AGREEMENT_PARTY.SIGNATORY_POSITION, party.signatoryPosition())
                    .set(AGREEMENT_PARTY.SIGNING_PLACE, party.signingPlace())
                    .execute();
        }
        tx.deleteFrom(AGREEMENT_ARTICLE).where(AGREEMENT_ARTICLE.AGREEMENT_ID.eq(id)).execute();
        for (int i = 0; i < agreement.articles().size(); i++) {
            Article article = agreement.articles().get(i);
            tx.insertInto(AGREEMENT_ARTICLE)
                    .set(AGREEMENT_ARTICLE.AGREEMENT_ID, id)
                    .set(AGREEMENT_ARTICLE.ARTICLE_NUMBER, i + 1)
                    .set(AGREEMENT_ARTICLE.FORM, article.form() == null ? null : article.form().name())
                    .set(AGREEMENT_ARTICLE.HEADING_ID, article.headingId())
                    .set(AGREEMENT_ARTICLE.HEADING_EN, article.headingEn())
                    .set(AGREEMENT_ARTICLE.TEXT_ID, article.textId())
                    .set(AGREEMENT_ARTICLE.TEXT_EN, article.textEn())
                    .execute();
        }
        // Obligations keep their ids, so their fulfilment logs survive an edit.
        Set<Long> kept = agreement.obligations().stream().map(Obligation::id).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        var obsolete = AGREEMENT_OBLIGATION.AGREEMENT_ID.eq(id);
        if (!kept.isEmpty()) {
            obsolete = obsolete.and(AGREEMENT_OBLIGATION.ID.notIn(kept));
        }
        tx.deleteFrom(AGREEMENT_OBLIGATION).where(obsolete).execute();
        for (Obligation obligation : agreement.obligations()) {
            if (obligation.id() == null) {
                tx.insertInto(AGREEMENT_OBLIGATION)
                        .set(AGREEMENT_OBLIGATION.AGREEMENT_ID, id)
                        .set(AGREEMENT_OBLIGATION.PARTY_NUMBER, obligation.partyNumber())
                        .set(AGREEMENT_OBLIGATION.DESCRIPTION_ID, obligation.descriptionId())
                        .set(AGREEMENT_OBLIGATION.DESCRIPTION_EN, obligation.descriptionEn())
                        .set(AGREEMENT_OBLIGATION.RECURRENCE, obligation.recurrence().name())
                        .set(AGREEMENT_OBLIGATION.FIRST_DUE_ON, obligation.firstDueOn())
                        .set(AGREEMENT_OBLIGATION.VERSION, 0)
                        .execute();
            } else {
                tx.update(AGREEMENT_OBLIGATION)
                        .set(AGREEMENT_OBLIGATION.PARTY_NUMBER, obligation.partyNumber())
                        .set(AGREEMENT_OBLIGATION.DESCRIPTION_ID, obligation.descriptionId())
                        .set(AGREEMENT_OBLIGATION.DESCRIPTION_EN, obligation.descriptionEn())
                        .set(AGREEMENT_OBLIGATION.RECURRENCE, obligation.recurrence().name())
                        .set(AGREEMENT_OBLIGATION.FIRST_DUE_ON, obligation.firstDueOn())
                        .set(AGREEMENT_OBLIGATION.VERSION, AGREEMENT_OBLIGATION.VERSION.plus(1))
                        .where(AGREEMENT_OBLIGATION.ID.eq(obligation.id()).and(AGREEMENT_OBLIGATION.AGREEMENT_ID.eq(id)))
                        .execute();
            }
        }
    }

    @Override
    public void recordFulfilment(long obligationId, Fulfilment fulfilment) {
        dsl.insertInto(OBLIGATION_FULFILMENT)
                .set(OBLIGATION_FULFILMENT.OBLIGATION_ID, obligationId)
                .set(OBLIGATION_FULFILMENT.FULFILLED_ON, fulfilment.fulfilledOn())
                .set(OBLIGATION_FULFILMENT.NOTE, fulfilment.note())
                .set(OBLIGATION_FULFILMENT.RECORDED_BY, fulfilment.recordedBy())
                .set(OBLIGATION_FULFILMENT.RECORDED_AT, fulfilment.recordedAt())
                .execute();
    }

    @Override
    public void delete(long id, int version) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            // A renewal keeps pointing at its predecessor; deleting the predecessor cuts that link, not the renewal.
            tx.update(AGREEMENT).setNull(AGREEMENT.PREVIOUS_ID).where(AGREEMENT.PREVIOUS_ID.eq(id)).execute();
            int deleted = tx.deleteFrom(AGREEMENT).where(AGREEMENT.ID.eq(id).and(AGREEMENT.VERSION.eq(version))).execute();
            if (deleted == 0 && tx.fetchExists(AGREEMENT, AGREEMENT.ID.eq(id))) {
                throw new StaleRecordException(String.valueOf(id));
            }
        });
    }

    @Override
    public List<ClauseTemplate> clauseLibrary() {
        return dsl.selectFrom(CLAUSE_TEMPLATE).orderBy(CLAUSE_TEMPLATE.SORT_ORDER, CLAUSE_TEMPLATE.ID)
                .fetch(r -> new ClauseTemplate(r.getId(), form(r.getForm()), r.getHeadingId(), r.getHeadingEn(),
                        r.getTextId(), r.getTextEn()));
    }

    @Override
    public Optional<Attachment> attachment(long agreementId) {
        return dsl.selectFrom(AGREEMENT_ATTACHMENT).where(AGREEMENT_ATTACHMENT.AGREEMENT_ID.eq(agreementId))
                .fetchOptional(r -> new Attachment(r.getFileName(), r.getMediaType(), r.getContent(), r.getAddedAt()));
    }

    @Override
    public void saveAttachment(long agreementId, Attachment attachment) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            tx.deleteFrom(AGREEMENT_ATTACHMENT).where(AGREEMENT_ATTACHMENT.AGREEMENT_ID.eq(agreementId)).execute();
            tx.insertInto(AGREEMENT_ATTACHMENT)
                    .set(AGREEMENT_ATTACHMENT.AGREEMENT_ID, agreementId)
                    .set(AGREEMENT_ATTACHMENT.FILE_NAME, attachment.fileName())
                    .set(AGREEMENT_ATTACHMENT.MEDIA_TYPE, attachment.mediaType())
                    .set(AGREEMENT_ATTACHMENT.CONTENT, attachment.content())
                    .set(AGREEMENT_ATTACHMENT.ADDED_AT, attachment.addedAt())
                    .execute();
        });
    }

    private static void fill(AgreementRecord record, Agreement a) {
        record.setKind(a.kind().name());
        record.setNumber(a.number().text());
        record.setNumberYear(a.number().year());
        record.setNumberSequence(a.number().sequence());
        record.setTitleId(a.titleId());
        record.setTitleEn(a.titleEn());
        record.setSinclairType(a.type().name());
        record.setForms(a.forms().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        record.setSignedOn(a.signedOn());
        record.setStartsOn(a.startsOn());
        record.setEndsOn(a.endsOn());
        record.setRenewalKind(a.renewal().kind().name());
        record.setRenewalMonths(a.renewal().months());
        record.setNoticeDays(a.renewal().noticeDays());
        record.setNoticeGivenOn(a.noticeGivenOn());
        record.setTerminatedOn(a.termination() == null ? null : a.termination().on());
        record.setTerminationReason(a.termination() == null ? null : a.termination().reason());
        record.setPreviousId(a.previousId());
        record.setNotes(a.notes());
    }

    private static Agreement toAgreement(AgreementRecord r, Parts parts) {
        Set<CooperationForm> forms = r.getForms().isBlank() ? Set.of()
                : Arrays.stream(r.getForms().split(",")).map(CooperationForm::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CooperationForm.class)));
        Termination termination = r.getTerminatedOn() == null ? null
                : new Termination(r.getTerminatedOn(), r.getTerminationReason());
        return new Agreement(r.getId(), r.getVersion(), AgreementKind.valueOf(r.getKind()),
                new AgreementNumber(r.getNumber(), r.getNumberYear(), r.getNumberSequence()), r.getTitleId(),
                r.getTitleEn(), SinclairType.valueOf(r.getSinclairType()), forms, r.getSignedOn(), r.getStartsOn(),
                r.getEndsOn(), new Renewal(RenewalKind.valueOf(r.getRenewalKind()), r.getRenewalMonths(), r.getNoticeDays()),
                r.getNoticeGivenOn(), termination, r.getPreviousId(), r.getNotes(),
                parts.parties(r.getId()), parts.articles(r.getId()), parts.obligations(r.getId()));
    }

    static CooperationForm form(String name) {
        return name == null || name.isBlank() ? null : CooperationForm.valueOf(name);
    }

    /** The child rows of a set of agreements, read with one query per table rather than one per agreement. */
    private record Parts(Map<Long, List<Party>> parties, Map<Long, List<Article>> articles,
                         Map<Long, List<Obligation>> obligations) {
        static Parts load(DSLContext context, List<Long> ids) {
            Map<Long, List<Party>> parties = context.select(AGREEMENT_PARTY.asterisk(), LIBRARY.NAME)
                    .from(AGREEMENT_PARTY).leftJoin(LIBRARY).on(LIBRARY.ID.eq(AGREEMENT_PARTY.LIBRARY_ID))
                    .where(AGREEMENT_PARTY.AGREEMENT_ID.in(ids))
                    .orderBy(AGREEMENT_PARTY.AGREEMENT_ID, AGREEMENT_PARTY.PARTY_NUMBER)
                    .fetchGroups(r -> r.get(AGREEMENT_PARTY.AGREEMENT_ID), Parts::toParty);
            Map<Long, List<Article>> articles = context.selectFrom(AGREEMENT_ARTICLE)
                    .where(AGREEMENT_ARTICLE.AGREEMENT_ID.in(ids))
                    .orderBy(AGREEMENT_ARTICLE.AGREEMENT_ID, AGREEMENT_ARTICLE.ARTICLE_NUMBER)
                    .fetchGroups(AGREEMENT_ARTICLE.AGREEMENT_ID, r -> new Article(form(r.getForm()), r.getHeadingId(),
                            r.getHeadingEn(), r.getTextId(), r.getTextEn()));
            Map<Long, List<Fulfilment>> fulfilments = context.select(OBLIGATION_FULFILMENT.asterisk())
                    .from(OBLIGATION_FULFILMENT).join(AGREEMENT_OBLIGATION)
                    .on(AGREEMENT_OBLIGATION.ID.eq(OBLIGATION_FULFILMENT.OBLIGATION_ID))
                    .where(AGREEMENT_OBLIGATION.AGREEMENT_ID.in(ids))
                    .orderBy(OBLIGATION_FULFILMENT.FULFILLED_ON, OBLIGATION_FULFILMENT.ID)
                    .fetchGroups(r -> r.get(OBLIGATION_FULFILMENT.OBLIGATION_ID), r -> new Fulfilment(
                            r.get(OBLIGATION_FULFILMENT.ID), r.get(OBLIGATION_FULFILMENT.FULFILLED_ON),
                            r.get(OBLIGATION_FULFILMENT.NOTE), r.get(OBLIGATION_FULFILMENT.RECORDED_BY),
                            r.get(OBLIGATION_FULFILMENT.RECORDED_AT)));
            Map<Long, List<Obligation>> obligations = context.selectFrom(AGREEMENT_OBLIGATION)
                    .where(AGREEMENT_OBLIGATION.AGREEMENT_ID.in(ids))
                    .orderBy(AGREEMENT_OBLIGATION.AGREEMENT_ID, AGREEMENT_OBLIGATION.ID)
                    .fetchGroups(AGREEMENT_OBLIGATION.AGREEMENT_ID, r -> new Obligation(r.getId(), r.getPartyNumber(),
                            r.getDescriptionId(), r.getDescriptionEn(), Recurrence.valueOf(r.getRecurrence()),
                            r.getFirstDueOn(), fulfilments.getOrDefault(r.getId(), List.of())));
            return new Parts(parties, articles, obligations);
        }

        private static Party toParty(Record r) {
            Long libraryId = r.get(AGREEMENT_PARTY.LIBRARY_ID);
            String name = libraryId != null ? r.get(LIBRARY.NAME) : r.get(AGREEMENT_PARTY.BODY_NAME);
            return new Party(libraryId, name, r.get(AGREEMENT_PARTY.SIGNATORY_NAME),
                    r.get(AGREEMENT_PARTY.SIGNATORY_POSITION), r.get(AGREEMENT_PARTY.SIGNING_PLACE));
        }

        List<Party> parties(long id) {
            return parties.getOrDefault(id, List.of());
        }

        List<Article> articles(long id) {
            return articles.getOrDefault(id, List.of());
        }

        List<Obligation> obligations(long id) {
            return obligations.getOrDefault(id, List.of());
        }
    }
}
