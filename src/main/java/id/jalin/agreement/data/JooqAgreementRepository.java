package id.jalin.agreement.data;

import static id.jalin.kernel.db.generated.Tables.AGREEMENT;
import static id.jalin.kernel.db.generated.Tables.AGREEMENT_ARTICLE;
import static id.jalin.kernel.db.generated.Tables.AGREEMENT_ATTACHMENT;
import static id.jalin.kernel.db.generated.Tables.AGREEMENT_OBLIGATION;
import static id.jalin.kernel.db.generated.Tables.AGREEMENT_PARTY;
import static id.jalin.kernel.db.generated.Tables.CLAUSE_TEMPLATE;
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
import id.jalin.agreement.domain.LibraryNames;
import id.jalin.agreement.domain.Obligation;
import id.jalin.agreement.domain.Party;
import id.jalin.agreement.domain.Recurrence;
import id.jalin.agreement.domain.Renewal;
import id.jalin.agreement.domain.RenewalKind;
import id.jalin.agreement.domain.SinclairType;
import id.jalin.agreement.domain.Termination;
import id.jalin.kernel.audit.AuditTrail;
import id.jalin.kernel.audit.RecordAudit;
import id.jalin.kernel.concurrency.RecordGoneException;
import id.jalin.kernel.concurrency.StaleRecordException;
import id.jalin.kernel.db.DatabaseIdentity;
import id.jalin.kernel.db.generated.tables.records.AgreementArticleRecord;
import id.jalin.kernel.db.generated.tables.records.AgreementAttachmentRecord;
import id.jalin.kernel.db.generated.tables.records.AgreementObligationRecord;
import id.jalin.kernel.db.generated.tables.records.AgreementPartyRecord;
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
import org.jooq.TableRecord;

/**
 * Stores agreements and their parts in the agreement tables; one transaction per save, holding the save's audit
 * rows too. Agreements are labelled by number and title; their parts by the agreement's number and the part.
 */
public final class JooqAgreementRepository implements AgreementRepository {
    private final DSLContext dsl;

    private final LibraryNames names;
    private final RecordAudit audit;

    public JooqAgreementRepository(DSLContext dsl, LibraryNames names, AuditTrail trail) {
        this.dsl = dsl;
        this.names = names;
        this.audit = new RecordAudit(trail, "agreement");
    }

    @Override
    public String databaseId() {
        return new DatabaseIdentity(dsl).identifier();
    }

    @Override
    public List<Agreement> findAll() {
        List<AgreementRecord> records = dsl.selectFrom(AGREEMENT).orderBy(AGREEMENT.STARTS_ON.desc(), AGREEMENT.ID).fetch();
        Parts parts = Parts.load(dsl, names, records.stream().map(AgreementRecord::getId).toList());
        return records.stream().map(r -> toAgreement(r, parts)).toList();
    }

    @Override
    public List<Agreement> findAllOutlines() {
        List<AgreementRecord> records = dsl.selectFrom(AGREEMENT).orderBy(AGREEMENT.STARTS_ON.desc(), AGREEMENT.ID).fetch();
        Parts parts = Parts.loadWithoutArticles(dsl, names, records.stream().map(AgreementRecord::getId).toList());
        return records.stream().map(r -> toAgreement(r, parts)).toList();
    }

    @Override
    public List<Agreement> findOutlinesInvolving(long libraryId) {
        List<AgreementRecord> records = dsl.selectFrom(AGREEMENT)
                .where(AGREEMENT.ID.in(org.jooq.impl.DSL.select(AGREEMENT_PARTY.AGREEMENT_ID).from(AGREEMENT_PARTY)
                        .where(AGREEMENT_PARTY.LIBRARY_ID.eq(libraryId))))
                .orderBy(AGREEMENT.STARTS_ON.desc(), AGREEMENT.ID).fetch();
        Parts parts = Parts.loadWithoutArticles(dsl, names, records.stream().map(AgreementRecord::getId).toList());
        return records.stream().map(r -> toAgreement(r, parts)).toList();
    }

    @Override
    public Optional<Agreement> find(long id) {
        return find(dsl, id);
    }

    private Optional<Agreement> find(DSLContext context, long id) {
        return context.selectFrom(AGREEMENT).where(AGREEMENT.ID.eq(id)).fetchOptional()
                .map(r -> toAgreement(r, Parts.load(context, names, List.of(id))));
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
                audit.created(tx, tx.fetchSingle(AGREEMENT, AGREEMENT.ID.eq(id)), id, label(record));
            } else {
                AgreementRecord before = tx.fetchOne(AGREEMENT, AGREEMENT.ID.eq(agreement.id()));
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
                AgreementRecord after = tx.fetchSingle(AGREEMENT, AGREEMENT.ID.eq(id));
                audit.updated(tx, before, after, id, label(after), "terminated_on", "notice_given_on");
            }
            saveParts(tx, id, agreement);
            return find(tx, id).orElseThrow();
        });
    }

    /** "PKS 012/FPPTI/2026 Layanan Silang": number and Indonesian title. */
    private static String label(AgreementRecord record) {
        return record.getNumber() + " " + record.getTitleId();
    }

    private static String partLabel(DSLContext tx, long agreementId, String part) {
        String number = tx.select(AGREEMENT.NUMBER).from(AGREEMENT).where(AGREEMENT.ID.eq(agreementId))
                .fetchOne(AGREEMENT.NUMBER);
        return (number == null ? "#" + agreementId : number) + " \u2014 " + part;
    }

    private static String shortText(String text) {
        String line = text == null ? "" : text.strip();
        return line.length() <= 60 ? line : line.substring(0, 59) + "\u2026";
    }

    private void saveParts(DSLContext tx, long id, Agreement agreement) {
        // Parties and articles have no history of their own: write them afresh in their current order.
        // The trail compares them by position, so an untouched party or article leaves no row.
        Map<Integer, AgreementPartyRecord> partiesBefore = tx.selectFrom(AGREEMENT_PARTY)
                .where(AGREEMENT_PARTY.AGREEMENT_ID.eq(id)).fetchMap(AGREEMENT_PARTY.PARTY_NUMBER);
        Map<Integer, AgreementArticleRecord> articlesBefore = tx.selectFrom(AGREEMENT_ARTICLE)
                .where(AGREEMENT_ARTICLE.AGREEMENT_ID.eq(id)).fetchMap(AGREEMENT_ARTICLE.ARTICLE_NUMBER);
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
        auditByPosition(tx, id, "party", partiesBefore, tx.selectFrom(AGREEMENT_PARTY)
                .where(AGREEMENT_PARTY.AGREEMENT_ID.eq(id)).fetchMap(AGREEMENT_PARTY.PARTY_NUMBER));
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
        auditByPosition(tx, id, "article", articlesBefore, tx.selectFrom(AGREEMENT_ARTICLE)
                .where(AGREEMENT_ARTICLE.AGREEMENT_ID.eq(id)).fetchMap(AGREEMENT_ARTICLE.ARTICLE_NUMBER));
        // Obligations keep their ids, so their fulfilment logs survive an edit.
        Set<Long> kept = agreement.obligations().stream().map(Obligation::id).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        var obsolete = AGREEMENT_OBLIGATION.AGREEMENT_ID.eq(id);
        if (!kept.isEmpty()) {
            obsolete = obsolete.and(AGREEMENT_OBLIGATION.ID.notIn(kept));
        }
        for (AgreementObligationRecord gone : tx.selectFrom(AGREEMENT_OBLIGATION).where(obsolete).fetch()) {
            audit.deleted(tx, gone, gone.getId(), partLabel(tx, id, shortText(gone.getDescriptionId())));
        }
        tx.deleteFrom(AGREEMENT_OBLIGATION).where(obsolete).execute();
        for (Obligation obligation : agreement.obligations()) {
            if (obligation.id() == null) {
                Long obligationId = tx.insertInto(AGREEMENT_OBLIGATION)
                        .set(AGREEMENT_OBLIGATION.AGREEMENT_ID, id)
                        .set(AGREEMENT_OBLIGATION.PARTY_NUMBER, obligation.partyNumber())
                        .set(AGREEMENT_OBLIGATION.DESCRIPTION_ID, obligation.descriptionId())
                        .set(AGREEMENT_OBLIGATION.DESCRIPTION_EN, obligation.descriptionEn())
                        .set(AGREEMENT_OBLIGATION.RECURRENCE, obligation.recurrence().name())
                        .set(AGREEMENT_OBLIGATION.FIRST_DUE_ON, obligation.firstDueOn())
                        .set(AGREEMENT_OBLIGATION.VERSION, 0)
                        .returningResult(AGREEMENT_OBLIGATION.ID).fetchOne(AGREEMENT_OBLIGATION.ID);
                AgreementObligationRecord created = tx.fetchSingle(AGREEMENT_OBLIGATION,
                        AGREEMENT_OBLIGATION.ID.eq(obligationId));
                audit.created(tx, created, obligationId, partLabel(tx, id, shortText(created.getDescriptionId())));
            } else {
                AgreementObligationRecord before = tx.fetchOne(AGREEMENT_OBLIGATION,
                        AGREEMENT_OBLIGATION.ID.eq(obligation.id()).and(AGREEMENT_OBLIGATION.AGREEMENT_ID.eq(id)));
                tx.update(AGREEMENT_OBLIGATION)
                        .set(AGREEMENT_OBLIGATION.PARTY_NUMBER, obligation.partyNumber())
                        .set(AGREEMENT_OBLIGATION.DESCRIPTION_ID, obligation.descriptionId())
                        .set(AGREEMENT_OBLIGATION.DESCRIPTION_EN, obligation.descriptionEn())
                        .set(AGREEMENT_OBLIGATION.RECURRENCE, obligation.recurrence().name())
                        .set(AGREEMENT_OBLIGATION.FIRST_DUE_ON, obligation.firstDueOn())
                        .set(AGREEMENT_OBLIGATION.VERSION, AGREEMENT_OBLIGATION.VERSION.plus(1))
                        .where(AGREEMENT_OBLIGATION.ID.eq(obligation.id()).and(AGREEMENT_OBLIGATION.AGREEMENT_ID.eq(id)))
                        .execute();
                if (before != null) {
                    AgreementObligationRecord after = tx.fetchSingle(AGREEMENT_OBLIGATION,
                            AGREEMENT_OBLIGATION.ID.eq(obligation.id()));
                    audit.updated(tx, before, after, after.getId(),
                            partLabel(tx, id, shortText(after.getDescriptionId())));
                }
            }
        }
    }

    /** A part's own id; the attachment, one per agreement, is keyed by the agreement's. */
    private static long idOf(TableRecord<?> part) {
        Object id = part.field("id") != null ? part.get("id") : part.get("agreement_id");
        return ((Number) id).longValue();
    }

    /** Parts rewritten in order: position n before against position n after. */
    private <R extends TableRecord<R>> void auditByPosition(DSLContext tx, long agreementId, String part,
                                                            Map<Integer, R> before, Map<Integer, R> after) {
        Set<Integer> positions = new java.util.TreeSet<>(before.keySet());
        positions.addAll(after.keySet());
        for (int position : positions) {
            R old = before.get(position);
            R now = after.get(position);
            String label = partLabel(tx, agreementId, part + " " + position);
            if (old == null) {
                audit.created(tx, now, idOf(now), label);
            } else if (now == null) {
                audit.deleted(tx, old, idOf(old), label);
            } else {
                audit.updated(tx, old, now, idOf(now), label);
            }
        }
    }

    @Override
    public void recordFulfilment(long obligationId, Fulfilment fulfilment) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            Long id = tx.insertInto(OBLIGATION_FULFILMENT)
                    .set(OBLIGATION_FULFILMENT.OBLIGATION_ID, obligationId)
                    .set(OBLIGATION_FULFILMENT.FULFILLED_ON, fulfilment.fulfilledOn())
                    .set(OBLIGATION_FULFILMENT.NOTE, fulfilment.note())
                    .set(OBLIGATION_FULFILMENT.RECORDED_BY, fulfilment.recordedBy())
                    .set(OBLIGATION_FULFILMENT.RECORDED_AT, fulfilment.recordedAt())
                    .returningResult(OBLIGATION_FULFILMENT.ID).fetchOne(OBLIGATION_FULFILMENT.ID);
            var obligation = tx.fetchSingle(AGREEMENT_OBLIGATION, AGREEMENT_OBLIGATION.ID.eq(obligationId));
            audit.created(tx, tx.fetchSingle(OBLIGATION_FULFILMENT, OBLIGATION_FULFILMENT.ID.eq(id)), id,
                    partLabel(tx, obligation.getAgreementId(), shortText(obligation.getDescriptionId())));
        });
    }

    @Override
    public void delete(long id, int version) {
        dsl.transaction(configuration -> {
            DSLContext tx = configuration.dsl();
            AgreementRecord before = tx.fetchOne(AGREEMENT, AGREEMENT.ID.eq(id));
            if (before == null) {
                return;
            }
            if (before.getVersion() != version) {
                throw new StaleRecordException(String.valueOf(id));
            }
            // The parts go with the agreement (ON DELETE CASCADE); the trail keeps what they were.
            List<TableRecord<?>> parts = new java.util.ArrayList<>();
            parts.addAll(tx.selectFrom(AGREEMENT_PARTY).where(AGREEMENT_PARTY.AGREEMENT_ID.eq(id)).fetch());
            parts.addAll(tx.selectFrom(AGREEMENT_ARTICLE).where(AGREEMENT_ARTICLE.AGREEMENT_ID.eq(id)).fetch());
            parts.addAll(tx.selectFrom(AGREEMENT_OBLIGATION).where(AGREEMENT_OBLIGATION.AGREEMENT_ID.eq(id)).fetch());
            parts.addAll(tx.selectFrom(OBLIGATION_FULFILMENT).where(OBLIGATION_FULFILMENT.OBLIGATION_ID.in(
                    org.jooq.impl.DSL.select(AGREEMENT_OBLIGATION.ID).from(AGREEMENT_OBLIGATION)
                            .where(AGREEMENT_OBLIGATION.AGREEMENT_ID.eq(id)))).fetch());
            parts.addAll(tx.selectFrom(AGREEMENT_ATTACHMENT).where(AGREEMENT_ATTACHMENT.AGREEMENT_ID.eq(id)).fetch());
            // A renewal keeps pointing at its predecessor; deleting the predecessor cuts that link, not the renewal.
            var renewals = tx.selectFrom(AGREEMENT).where(AGREEMENT.PREVIOUS_ID.eq(id)).fetch();
            tx.update(AGREEMENT).setNull(AGREEMENT.PREVIOUS_ID).where(AGREEMENT.PREVIOUS_ID.eq(id)).execute();
            for (AgreementRecord renewal : renewals) {
                audit.updated(tx, renewal, tx.fetchSingle(AGREEMENT, AGREEMENT.ID.eq(renewal.getId())),
                        renewal.getId(), label(renewal));
            }
            int deleted = tx.deleteFrom(AGREEMENT).where(AGREEMENT.ID.eq(id).and(AGREEMENT.VERSION.eq(version))).execute();
            if (deleted == 0) {
                throw new StaleRecordException(String.valueOf(id));
            }
            audit.deleted(tx, before, id, label(before));
            for (TableRecord<?> part : parts) {
                audit.deleted(tx, part, idOf(part), before.getNumber() + " \u2014 " + part.getTable().getName());
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
            AgreementAttachmentRecord before = tx.fetchOne(AGREEMENT_ATTACHMENT,
                    AGREEMENT_ATTACHMENT.AGREEMENT_ID.eq(agreementId));
            tx.deleteFrom(AGREEMENT_ATTACHMENT).where(AGREEMENT_ATTACHMENT.AGREEMENT_ID.eq(agreementId)).execute();
            tx.insertInto(AGREEMENT_ATTACHMENT)
                    .set(AGREEMENT_ATTACHMENT.AGREEMENT_ID, agreementId)
                    .set(AGREEMENT_ATTACHMENT.FILE_NAME, attachment.fileName())
                    .set(AGREEMENT_ATTACHMENT.MEDIA_TYPE, attachment.mediaType())
                    .set(AGREEMENT_ATTACHMENT.CONTENT, attachment.content())
                    .set(AGREEMENT_ATTACHMENT.ADDED_AT, attachment.addedAt())
                    .execute();
            AgreementAttachmentRecord after = tx.fetchSingle(AGREEMENT_ATTACHMENT,
                    AGREEMENT_ATTACHMENT.AGREEMENT_ID.eq(agreementId));
            String label = partLabel(tx, agreementId, after.getFileName());
            if (before == null) {
                audit.created(tx, after, agreementId, label);
            } else {
                audit.updated(tx, before, after, agreementId, label);
            }
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
        static Parts load(DSLContext context, LibraryNames names, List<Long> ids) {
            Parts outline = loadWithoutArticles(context, names, ids);
            Map<Long, List<Article>> articles = context.selectFrom(AGREEMENT_ARTICLE)
                    .where(AGREEMENT_ARTICLE.AGREEMENT_ID.in(ids))
                    .orderBy(AGREEMENT_ARTICLE.AGREEMENT_ID, AGREEMENT_ARTICLE.ARTICLE_NUMBER)
                    .fetchGroups(AGREEMENT_ARTICLE.AGREEMENT_ID, r -> new Article(form(r.getForm()), r.getHeadingId(),
                            r.getHeadingEn(), r.getTextId(), r.getTextEn()));
            return new Parts(outline.parties(), articles, outline.obligations());
        }

        /** Parties and obligations with their logs; the articles stay empty. */
        static Parts loadWithoutArticles(DSLContext context, LibraryNames names, List<Long> ids) {
            var partyRecords = context.selectFrom(AGREEMENT_PARTY).where(AGREEMENT_PARTY.AGREEMENT_ID.in(ids))
                    .orderBy(AGREEMENT_PARTY.AGREEMENT_ID, AGREEMENT_PARTY.PARTY_NUMBER).fetch();
            // Member parties are named by the member register, asked once for the whole list.
            Map<Long, String> libraryNames = names.namesOf(partyRecords.stream().map(r -> r.getLibraryId())
                    .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet()));
            Map<Long, List<Party>> parties = new java.util.LinkedHashMap<>();
            for (var r : partyRecords) {
                parties.computeIfAbsent(r.getAgreementId(), k -> new java.util.ArrayList<>())
                        .add(toParty(r, libraryNames));
            }
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
            return new Parts(parties, Map.of(), obligations);
        }

        private static Party toParty(id.jalin.kernel.db.generated.tables.records.AgreementPartyRecord r,
                                     Map<Long, String> libraryNames) {
            Long libraryId = r.getLibraryId();
            String name = libraryId != null ? libraryNames.getOrDefault(libraryId, "") : r.getBodyName();
            return new Party(libraryId, name, r.getSignatoryName(), r.getSignatoryPosition(), r.getSigningPlace());
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
