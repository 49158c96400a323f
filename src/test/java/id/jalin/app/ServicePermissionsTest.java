package id.jalin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.jalin.acquisition.domain.Decision;
import id.jalin.acquisition.domain.ItemFormat;
import id.jalin.acquisition.domain.JointAcquisition;
import id.jalin.acquisition.domain.ProposalImport;
import id.jalin.acquisition.domain.ProposalLine;
import id.jalin.acquisition.domain.PurchaseRound;
import id.jalin.acquisition.domain.RoundStatus;
import id.jalin.acquisition.domain.SplitRule;
import id.jalin.acquisition.domain.Title;
import id.jalin.training.domain.TrainingService;
import id.jalin.agreement.domain.Agreement;
import id.jalin.agreement.domain.AgreementService;
import id.jalin.agreement.domain.Agreements;
import id.jalin.agreement.domain.Obligation;
import id.jalin.agreement.domain.Party;
import id.jalin.crossservice.domain.Card;
import id.jalin.crossservice.domain.CardHolder;
import id.jalin.crossservice.domain.CardHolderService;
import id.jalin.crossservice.domain.CardNumberText;
import id.jalin.crossservice.domain.CardPrefixService;
import id.jalin.crossservice.domain.CardService;
import id.jalin.crossservice.domain.CrossServices;
import id.jalin.crossservice.domain.Holders;
import id.jalin.crossservice.domain.PhotoFolderImport;
import id.jalin.crossservice.domain.UnannouncedPolicy;
import id.jalin.crossservice.domain.VisitAnnouncement;
import id.jalin.crossservice.domain.VisitService;
import id.jalin.crossservice.domain.csv.HolderImportService;
import id.jalin.forum.domain.ForumProfileService;
import id.jalin.forum.domain.ForumSettingsService;
import id.jalin.access.domain.UserService;
import id.jalin.access.domain.LoginService;
import id.jalin.kernel.access.Actor;
import id.jalin.kernel.access.CurrentActor;
import id.jalin.kernel.access.NotPermittedException;
import id.jalin.kernel.access.TestActors;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.db.TestDatabases;
import id.jalin.kernel.db.generated.DefaultSchema;
import id.jalin.kernel.money.Money;
import id.jalin.kernel.task.Progress;
import id.jalin.kernel.validation.SaveResult;
import id.jalin.member.domain.Libraries;
import id.jalin.member.domain.Library;
import id.jalin.member.domain.Member;
import id.jalin.member.domain.MemberService;
import id.jalin.member.domain.MemberStatus;
import id.jalin.member.domain.csv.MemberImportService;
import id.jalin.redistribution.domain.AllocationRule;
import id.jalin.redistribution.domain.Claim;
import id.jalin.redistribution.domain.ItemCondition;
import id.jalin.redistribution.domain.OfferImport;
import id.jalin.redistribution.domain.SurplusOffer;
import id.jalin.redistribution.domain.SurplusReason;
import id.jalin.redistribution.domain.SurplusRedistribution;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import id.jalin.catalogue.domain.HoldingsSource;
import id.jalin.catalogue.domain.LoadInfo;
import id.jalin.catalogue.domain.TestRecords;
import id.jalin.catalogue.domain.UnionCatalogueService;
import id.jalin.loan.domain.InterlibraryLoans;
import id.jalin.loan.domain.ItemKind;
import id.jalin.loan.domain.LoanAction;
import id.jalin.loan.domain.LoanRequest;
import id.jalin.loan.domain.LoanStep;
import id.jalin.loan.domain.NewLoanRequest;
import id.jalin.loan.domain.Patron;
import id.jalin.loan.domain.PatronKind;
import id.jalin.loan.domain.RequestedItem;
import id.jalin.loan.domain.ServiceKind;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every write operation of every service, called as every role: allowed or refused with
 * {@link NotPermittedException}, and a refused call leaves every table as it was. The real services run over H2;
 * each case seeds its own forum in a transaction that is rolled back afterwards.
 *
 * <p>A new public method on a service fails {@link #everyPublicServiceMethodIsInTheTable()} until it is listed here,
 * as a write (with who may call it) or as a read.
 */
class ServicePermissionsTest {
    /** Who calls: forum staff, the staff of the library the record belongs to, another library's staff, a reader. */
    enum Who { COORDINATOR, SECRETARY, OWN_STAFF, OTHER_STAFF, READ_ONLY }

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    private static final Set<Who> COORDINATOR_ONLY = EnumSet.of(Who.COORDINATOR);
    private static final Set<Who> FORUM_STAFF = EnumSet.of(Who.COORDINATOR, Who.SECRETARY);
    private static final Set<Who> LIBRARY = EnumSet.of(Who.COORDINATOR, Who.SECRETARY, Who.OWN_STAFF);

    /** What one case works on; "own" is library A, "other" is library B. */
    record Fixture(Library a, Library b, Library c, CardHolder holderA, CardHolder holderWithoutCards,
                   CardHolder holderB, Card cardA, Card cardB, Agreement agreement, VisitAnnouncement announcement,
                   id.jalin.access.domain.User secretaryUser, LoanRequest loanOfA, LoanRequest loanAskedOfA,
                   Acquisition acquisition, Exchange exchange, Redistribution redistribution, Training training) {
    }

    /**
     * Training: an open event library A hosts (a session today, a guest from A and one from no member registered), and
     * an event of A's held yesterday whose guest from A attended its one session.
     */
    record Training(id.jalin.training.domain.TrainingEvent event, id.jalin.training.domain.TrainingSession session,
                    id.jalin.training.domain.Registration guestOfA, id.jalin.training.domain.Registration guest,
                    id.jalin.training.domain.TrainingEvent heldEvent, id.jalin.training.domain.Registration attended) {
    }

    /**
     * Surplus books: an offer of A's with B's claim on it allocated (A ships it), and an offer of B's whose copy B
     * shipped to A (A receives it).
     */
    record Redistribution(SurplusOffer offerOfA, Claim claimOnA, SurplusOffer offerOfB, Claim shippedToA) {
    }

    /** An exchange between libraries A and C (B's staff stand outside it) since last year, with a shipment of A's. */
    record Exchange(id.jalin.exchange.domain.Partnership partnership, id.jalin.exchange.domain.LedgerEntry entryOfA) {
    }

    /** A round library A coordinates (A and B take part), a line of each, and an ordered round with A's line. */
    record Acquisition(PurchaseRound round, ProposalLine lineOfA, ProposalLine lineOfB, ProposalLine orderedLineOfA) {
    }

    @FunctionalInterface
    interface Call {
        void run(FeatureServices services, Fixture fixture) throws Exception;
    }

    record Op(Class<?> service, String method, String what, Set<Who> allowed, Call call) {
        @Override
        public String toString() {
            return service.getSimpleName() + "." + method + " (" + what + ")";
        }
    }

    private static final List<Op> WRITES = List.of(
            op(MemberService.class, "save", "change the own library's entry", LIBRARY,
                    (s, f) -> s.members().save(member(s, f.a(), l -> renamed(l, "Perpustakaan Baru")))),
            op(MemberService.class, "save", "change the own library's membership status", FORUM_STAFF,
                    (s, f) -> s.members().save(member(s, f.a(), l -> withStatus(l, MemberStatus.SUSPENDED)))),
            op(MemberService.class, "save", "add a library to the register", FORUM_STAFF,
                    (s, f) -> s.members().save(Member.of(Libraries.library("UNPAS", "Perpustakaan Pasundan")))),
            op(MemberService.class, "delete", "delete a library", FORUM_STAFF,
                    (s, f) -> s.members().delete(f.c())),
            op(MemberImportService.class, "importFile", "import members", FORUM_STAFF,
                    (s, f) -> s.memberImport().importFile(memberCsv(), Progress.NONE)),
            op(MemberImportService.class, "apply", "store members read earlier", FORUM_STAFF,
                    (s, f) -> s.memberImport().apply(s.memberImport().read(memberCsv(), Progress.NONE),
                            Progress.NONE)),
            op(ForumProfileService.class, "save", "change the forum profile", COORDINATOR_ONLY,
                    (s, f) -> s.forum().save(s.forum().profile().named("Forum Baru", "FB", "Bandung"))),
            op(AgreementService.class, "save", "change an agreement", FORUM_STAFF,
                    (s, f) -> s.agreements().save(f.agreement())),
            op(AgreementService.class, "renew", "renew an agreement", FORUM_STAFF,
                    (s, f) -> s.agreements().renew(f.agreement())),
            op(AgreementService.class, "terminate", "terminate an agreement", FORUM_STAFF,
                    (s, f) -> s.agreements().terminate(f.agreement(), TestApp.TODAY, "Kampus bergabung")),
            op(AgreementService.class, "recordFulfilment", "record an obligation met", FORUM_STAFF,
                    (s, f) -> s.agreements().recordFulfilment(f.agreement().obligations().get(0).id(),
                            TestApp.TODAY, "Dikirim")),
            op(AgreementService.class, "attach", "attach the signed scan", FORUM_STAFF,
                    (s, f) -> s.agreements().attach(f.agreement().id(), "pks.pdf",
                            "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII))),
            op(AgreementService.class, "delete", "delete an agreement", FORUM_STAFF,
                    (s, f) -> s.agreements().delete(f.agreement())),
            op(CardHolderService.class, "save", "change the own library's holder", LIBRARY,
                    (s, f) -> s.crossService().holders().save(f.holderA())),
            op(CardHolderService.class, "save", "add a holder to the own library", LIBRARY,
                    (s, f) -> s.crossService().holders().save(Holders.student(f.a().id(), "180110229998", "Baru"))),
            op(CardHolderService.class, "save", "move another library's holder to the own library", FORUM_STAFF,
                    (s, f) -> s.crossService().holders().save(movedTo(f.holderB(), f.a().id()))),
            op(CardHolderService.class, "delete", "delete the own library's holder", LIBRARY,
                    (s, f) -> s.crossService().holders().delete(f.holderWithoutCards())),
            op(CardHolderService.class, "setPhoto", "set the own holder's photo", LIBRARY,
                    (s, f) -> s.crossService().holders().setPhoto(f.holderA().id(), "a.jpg", JPEG)),
            op(CardService.class, "issue", "issue a card to the own library's holder", LIBRARY,
                    (s, f) -> s.crossService().cards().issue(f.holderWithoutCards(), TestApp.TODAY, null,
                            Money.of(25_000), "K-2")),
            op(CardService.class, "save", "change a card of the own library's holder", LIBRARY,
                    (s, f) -> s.crossService().cards().save(f.cardA())),
            op(CardService.class, "revoke", "revoke a card of the own library's holder", LIBRARY,
                    (s, f) -> s.crossService().cards().revoke(f.cardA(), TestApp.TODAY, "Lulus")),
            op(CardService.class, "replaceLost", "replace a lost card of the own library's holder", LIBRARY,
                    (s, f) -> s.crossService().cards().replaceLost(f.cardA(), f.holderA(), Money.of(25_000), "K-3",
                            MonthDay.of(8, 31))),
            op(CardPrefixService.class, "set", "set a library's card prefix", FORUM_STAFF,
                    (s, f) -> s.crossService().prefixes().set(f.c().id(), null, "77")),
            op(VisitService.class, "setHostRule", "set the own desk's rule for the unannounced", LIBRARY,
                    (s, f) -> s.crossService().visits().setHostRule(s.crossService().visits().hostRule(f.a().id()),
                            UnannouncedPolicy.REFUSE)),
            op(VisitService.class, "announce", "announce the own library's holder", LIBRARY,
                    (s, f) -> s.crossService().visits().announce(VisitAnnouncement.of(f.holderA().id(), f.b().id(),
                            TestApp.TODAY.plusDays(1), TestApp.TODAY.plusDays(1), "Penelitian"))),
            op(VisitService.class, "introductionLetterNumber", "number the own holder's letter", LIBRARY,
                    (s, f) -> s.crossService().visits().introductionLetterNumber(f.announcement(), "FPPTI")),
            op(VisitService.class, "withdraw", "withdraw the own holder's announcement", LIBRARY,
                    (s, f) -> s.crossService().visits().withdraw(f.announcement())),
            op(VisitService.class, "recordArrival", "log a visitor at the own desk", LIBRARY,
                    (s, f) -> s.crossService().visits().recordArrival(CardNumberText.of(f.cardB().number()),
                            f.a().id())),
            op(HolderImportService.class, "importFile", "import the own library's holders", LIBRARY,
                    (s, f) -> s.crossService().holderImport().importFile(holderCsv(), Progress.NONE)),
            op(HolderImportService.class, "apply", "store the own library's holders read earlier", LIBRARY,
                    (s, f) -> s.crossService().holderImport().apply(
                            s.crossService().holderImport().read(holderCsv(), Progress.NONE), Progress.NONE)),
            op(PhotoFolderImport.class, "importFrom", "import the own library's photos", LIBRARY,
                    (s, f) -> s.crossService().photoImport().importFrom(photoFolder(f.holderA()), f.a().id(),
                            Progress.NONE)),
            op(ForumSettingsService.class, "save", "change the card fee and year end", COORDINATOR_ONLY,
                    (s, f) -> s.forumSettings().save(s.forumSettings().settings()
                            .with(Money.of(30_000), MonthDay.of(7, 31)))),
            op(UserService.class, "create", "add a user", COORDINATOR_ONLY,
                    (s, f) -> s.users().create(new id.jalin.access.domain.UserDraft("baru", "Pengguna Baru",
                            id.jalin.kernel.access.Role.READ_ONLY, null), "sandi-baru-1".toCharArray(),
                            "sandi-baru-1".toCharArray())),
            op(UserService.class, "update", "change a user's name or role", COORDINATOR_ONLY,
                    (s, f) -> s.users().update(renamed(f.secretaryUser(), "Sari Wulandari"))),
            op(UserService.class, "setActive", "disable a user", COORDINATOR_ONLY,
                    (s, f) -> s.users().setActive(f.secretaryUser(), false)),
            op(UserService.class, "resetPassword", "reset a user's password", COORDINATOR_ONLY,
                    (s, f) -> s.users().resetPassword(f.secretaryUser().id(), "sandi-baru-2".toCharArray(),
                            "sandi-baru-2".toCharArray())),
            op(UserService.class, "unlock", "unlock a user", COORDINATOR_ONLY,
                    (s, f) -> s.users().unlock(f.secretaryUser().id())),
            op(UnionCatalogueService.class, "load", "load the own library's holdings", LIBRARY,
                    (s, f) -> s.catalogue().load(f.a().id(), new LoadInfo(HoldingsSource.MARC21, "koleksi.mrc"),
                            sink -> sink.accept(TestRecords.book("9", "Temu kembali informasi", "Pendit, Putu", 2008,
                                    "")), Progress.NONE)),
            op(InterlibraryLoans.class, "request", "ask a loan for the own library's user", LIBRARY,
                    (s, f) -> s.loans().request(loanRequest(f.a().id(), f.b().id()))),
            op(InterlibraryLoans.class, "requestFromMessage", "record a request sent to the own library", LIBRARY,
                    (s, f) -> s.loans().requestFromMessage(loanRequest(f.b().id(), f.a().id()))),
            op(InterlibraryLoans.class, "take", "take a borrower's step on the own request", LIBRARY,
                    (s, f) -> s.loans().take(f.loanOfA(), LoanStep.of(LoanAction.CANCEL))),
            op(InterlibraryLoans.class, "take", "take a lender's step on a request to the own library", LIBRARY,
                    (s, f) -> s.loans().take(f.loanAskedOfA(), LoanStep.of(LoanAction.WILL_SUPPLY))),
            op(InterlibraryLoans.class, "take", "close a stuck request by hand", COORDINATOR_ONLY,
                    (s, f) -> s.loans().take(f.loanOfA(), LoanStep.of(LoanAction.CLOSE, "Tidak dijawab"))),
            op(InterlibraryLoans.class, "takeFromMessage", "record the lender's message on the own request", LIBRARY,
                    (s, f) -> s.loans().takeFromMessage(f.loanOfA(), LoanStep.of(LoanAction.WILL_SUPPLY))),
            op(InterlibraryLoans.class, "saveRules", "set the own library's lending rules", LIBRARY,
                    (s, f) -> s.loans().saveRules(s.loans().rulesOf(f.a().id()))),
            op(InterlibraryLoans.class, "overdueLetter", "number an overdue letter", FORUM_STAFF,
                    (s, f) -> s.loans().overdueLetter(f.a().id(), "FPPTI-JABAR")),
            op(JointAcquisition.class, "openRound", "open a round the own library coordinates", LIBRARY,
                    (s, f) -> s.acquisition().openRound(purchaseRound(f.a().id(), f.b().id()))),
            op(JointAcquisition.class, "saveRound", "change a round the own library coordinates", LIBRARY,
                    (s, f) -> s.acquisition().saveRound(f.acquisition().round().withNotes("Rapat kedua"))),
            op(JointAcquisition.class, "move", "close a round the own library coordinates", LIBRARY,
                    (s, f) -> s.acquisition().move(f.acquisition().round(), RoundStatus.CLOSED, "")),
            op(JointAcquisition.class, "propose", "propose a title for the own library", LIBRARY,
                    (s, f) -> s.acquisition().propose(proposal(f.acquisition().round(), f.a().id(), "Statistika"))),
            op(JointAcquisition.class, "changeProposal", "change the own library's proposal", LIBRARY,
                    (s, f) -> s.acquisition().changeProposal(f.acquisition().lineOfA())),
            op(JointAcquisition.class, "withdraw", "withdraw the own library's proposal", LIBRARY,
                    (s, f) -> s.acquisition().withdraw(f.acquisition().lineOfA())),
            op(JointAcquisition.class, "decide", "drop a line in a round the own library coordinates", LIBRARY,
                    (s, f) -> s.acquisition().decide(f.acquisition().lineOfB(), Decision.DROPPED, "Sudah ada")),
            op(JointAcquisition.class, "receive", "receive copies in a round the own library coordinates", LIBRARY,
                    (s, f) -> s.acquisition().receive(f.acquisition().orderedLineOfA(), 1, TestApp.TODAY, "INV-1")),
            op(ProposalImport.class, "importFile", "import the own library's proposals", LIBRARY,
                    (s, f) -> s.acquisition().proposalImport(f.acquisition().round().id(), f.a().id())
                            .importFile(csv("judul;harga;eksemplar\nStatistika;100000;1\n"), Progress.NONE)),
            op(ProposalImport.class, "apply", "store the own library's proposals read earlier", LIBRARY,
                    (s, f) -> {
                        ProposalImport importer = s.acquisition().proposalImport(f.acquisition().round().id(),
                                f.a().id());
                        importer.apply(importer.read(csv("judul;harga;eksemplar\nStatistika;100000;1\n"),
                                Progress.NONE), Progress.NONE);
                    }),
            op(id.jalin.exchange.domain.ExchangeLedgers.class, "savePartnership", "set up an exchange partnership",
                    FORUM_STAFF, (s, f) -> s.exchange().savePartnership(partnership(f.a().id(), f.b().id()))),
            op(id.jalin.exchange.domain.ExchangeLedgers.class, "savePartnership", "change a partnership's notes",
                    FORUM_STAFF, (s, f) -> s.exchange().savePartnership(withNotes(f.exchange().partnership()))),
            op(id.jalin.exchange.domain.ExchangeLedgers.class, "record", "record the own library's shipment",
                    LIBRARY, (s, f) -> s.exchange().record(shipment(f.exchange().partnership(), f.a().id()))),
            op(id.jalin.exchange.domain.ExchangeLedgers.class, "reverse", "reverse an entry of the own exchange",
                    LIBRARY, (s, f) -> s.exchange().reverse(f.exchange().entryOfA().id(), "Salah catat")),
            op(id.jalin.exchange.domain.ExchangeLedgers.class, "closeYear", "close an exchange year", FORUM_STAFF,
                    (s, f) -> s.exchange().closeYear(f.exchange().partnership().id(), TestApp.TODAY.getYear() - 1)),
            op(JointAcquisition.class, "orderLetter", "number the order letter of a round the own library coordinates",
                    LIBRARY, (s, f) -> s.acquisition().orderLetter(s.acquisition().round(
                            f.acquisition().orderedLineOfA().roundId()).orElseThrow(), "FPPTI-JABAR")),
            op(SurplusRedistribution.class, "post", "offer the own library's surplus books", LIBRARY,
                    (s, f) -> s.redistribution().post(surplus(f.a().id()))),
            op(SurplusRedistribution.class, "withdraw", "withdraw the own library's offer", LIBRARY,
                    (s, f) -> s.redistribution().withdraw(f.redistribution().offerOfA())),
            op(SurplusRedistribution.class, "allocate", "allocate the own library's offer", LIBRARY,
                    (s, f) -> s.redistribution().allocate(f.redistribution().offerOfA())),
            op(SurplusRedistribution.class, "claim", "claim surplus books for the own library", LIBRARY,
                    (s, f) -> s.redistribution().claim(Claim.of(f.redistribution().offerOfB().id(), f.a().id(), 1,
                            ""))),
            op(SurplusRedistribution.class, "ship", "ship the own library's surplus books", LIBRARY,
                    (s, f) -> s.redistribution().ship(f.redistribution().claimOnA(), TestApp.TODAY, "JNE 2")),
            op(SurplusRedistribution.class, "receive", "receive surplus books at the own library", LIBRARY,
                    (s, f) -> s.redistribution().receive(f.redistribution().shippedToA(), TestApp.TODAY)),
            op(OfferImport.class, "importFile", "import the own library's surplus offers", LIBRARY,
                    (s, f) -> s.redistribution().offerImport(f.a().id())
                            .importFile(csv("judul;eksemplar;kondisi;alasan\nStatistika;1;baik;duplikat\n"),
                                    Progress.NONE)),
            op(OfferImport.class, "apply", "store the own library's surplus offers read earlier", LIBRARY,
                    (s, f) -> {
                        OfferImport importer = s.redistribution().offerImport(f.a().id());
                        importer.apply(importer.read(csv("judul;eksemplar;kondisi;alasan\nStatistika;1;baik;duplikat\n"),
                                Progress.NONE), Progress.NONE);
                    }),
            op(TrainingService.class, "createEvent", "create an event the own library hosts", LIBRARY,
                    (s, f) -> s.training().createEvent(trainingEvent(f.a().id()))),
            op(TrainingService.class, "saveEvent", "change an event the own library hosts", LIBRARY,
                    (s, f) -> s.training().saveEvent(f.training().event().withAttendancePercent(75))),
            op(TrainingService.class, "move", "close an event the own library hosts", LIBRARY,
                    (s, f) -> s.training().move(f.training().event(), id.jalin.training.domain.EventStatus.CLOSED)),
            op(TrainingService.class, "addSession", "add a session to an event the own library hosts", LIBRARY,
                    (s, f) -> s.training().addSession(session(f.training().event().id()))),
            op(TrainingService.class, "saveSession", "change a session of an event the own library hosts", LIBRARY,
                    (s, f) -> s.training().saveSession(f.training().session())),
            op(TrainingService.class, "removeSession", "remove a session of an event the own library hosts",
                    LIBRARY, (s, f) -> s.training().removeSession(f.training().session())),
            op(TrainingService.class, "register", "register a guest at an event the own library hosts", LIBRARY,
                    (s, f) -> s.training().register(f.training().event().id(), new id.jalin.training.domain
                            .Registrant.Guest("Dewi", "Umum", "dewi@contoh.id", null),
                            id.jalin.training.domain.ParticipantRole.PARTICIPANT, "")),
            op(TrainingService.class, "register", "register the own library's person at another's event",
                    EnumSet.of(Who.COORDINATOR, Who.SECRETARY, Who.OWN_STAFF, Who.OTHER_STAFF),
                    (s, f) -> s.training().register(f.training().event().id(), new id.jalin.training.domain
                            .Registrant.Guest("Rudi", f.b().name(), "rudi@contoh.id", f.b().id()),
                            id.jalin.training.domain.ParticipantRole.PARTICIPANT, "")),
            op(TrainingService.class, "saveRegistration", "change a guest's registration at the own event",
                    LIBRARY, (s, f) -> s.training().saveRegistration(f.training().guest())),
            op(TrainingService.class, "cancel", "cancel a registration at an event the own library hosts",
                    LIBRARY, (s, f) -> s.training().cancel(f.training().guest())),
            op(TrainingService.class, "recordFee", "record a fee paid at the own event", LIBRARY,
                    (s, f) -> s.training().recordFee(f.training().guest(), new id.jalin.training.domain.Fee(
                            Money.of(100_000), Money.of(100_000), TestApp.TODAY, "KW-1"))),
            op(TrainingService.class, "setAttended", "tick attendance at the own event", LIBRARY,
                    (s, f) -> s.training().setAttended(f.training().session().id(), f.training().guest().id(),
                            true)),
            op(TrainingService.class, "recordScan", "record attendance by badge at the own event", LIBRARY,
                    (s, f) -> s.training().recordScan(f.training().session().id(), f.training().guest()
                            .badgeCode())),
            op(TrainingService.class, "issueCertificate", "issue a certificate at the own event", LIBRARY,
                    (s, f) -> s.training().issueCertificate(f.training().attended().id())),
            op(TrainingService.class, "issueCertificates", "issue the certificates of the own event", LIBRARY,
                    (s, f) -> s.training().issueCertificates(f.training().heldEvent().id())),
            op(id.jalin.training.domain.RegistrationImport.class, "importFile",
                    "import registrations for the own event", LIBRARY,
                    (s, f) -> s.training().registrationImport(f.training().event().id())
                            .importFile(csv("nama;instansi;email\nDewi;Umum;dewi@contoh.id\n"), Progress.NONE)),
            op(id.jalin.training.domain.RegistrationImport.class, "apply",
                    "store registrations for the own event read earlier", LIBRARY,
                    (s, f) -> {
                        var importer = s.training().registrationImport(f.training().event().id());
                        importer.apply(importer.read(csv("nama;instansi;email\nDewi;Umum;dewi@contoh.id\n"),
                                Progress.NONE), Progress.NONE);
                    }),
            op(UnionCatalogueService.class, "merge", "merge a harvest of the own library's changes", LIBRARY,
                    (s, f) -> s.catalogue().merge(f.a().id(), new LoadInfo(HoldingsSource.OAI_PMH, "https://a/oai"),
                            sink -> sink.deleted("a-2"), Progress.NONE)),
            op(UnionCatalogueService.class, "removeHoldings", "remove the own library's holdings", LIBRARY,
                    (s, f) -> s.catalogue().removeHoldings(f.a().id())),
            op(UnionCatalogueService.class, "split", "split a record off its work", COORDINATOR_ONLY,
                    (s, f) -> s.catalogue().split(recordOf(s, f.b().id(), "b-1"), "ISBN salah")),
            op(UnionCatalogueService.class, "join", "join a record to another's work", COORDINATOR_ONLY,
                    (s, f) -> s.catalogue().join(recordOf(s, f.a().id(), "a-2"), recordOf(s, f.b().id(), "b-1"),
                            "Judul lain")),
            op(UnionCatalogueService.class, "joinWorks", "join two works", COORDINATOR_ONLY,
                    (s, f) -> s.catalogue().joinWorks(workOf(s, f.a().id(), "a-2"), workOf(s, f.b().id(), "b-1"),
                            "Judul lain")));

    /**
     * Public methods that change nothing, open to every role; and the few changes no role guards because something
     * else does: the first coordinator (only while there are no users), logging in and one's own password (the
     * password itself), carrying a workstation's old card rules over (only into untouched defaults, at start-up).
     */
    private static final Map<Class<?>, Set<String>> READS = Map.ofEntries(
            Map.entry(MemberService.class, Set.of("libraries", "namesOf", "statusOf", "member", "memberByCode", "check",
                    "referencesTo", "mayChangeRegister", "mayEdit", "mayChangeForumPart", "ownLibrary")),
            Map.entry(MemberImportService.class, Set.of("read", "mayImport")),
            Map.entry(ForumProfileService.class, Set.of("profile", "mayChange")),
            Map.entry(AgreementService.class, Set.of("today", "forumProfile", "agreement", "clauseLibrary", "all", "calendar",
                    "summaries", "status", "nextNumber", "check", "agreementsOf", "reminders", "attachment",
                    "mayChange")),
            Map.entry(CardHolderService.class, Set.of("holdersOf", "page", "holders", "withActiveCard", "photos", "holder",
                    "check", "photo", "mayChangeHoldersOf", "mayChangeSomeHolders")),
            Map.entry(CardService.class, Set.of("today", "cardsOf", "card", "status", "feeIncome", "mayChangeCardsOf",
                    "ending")),
            Map.entry(CardPrefixService.class, Set.of("prefixes", "nextFree", "check", "maySet")),
            Map.entry(VisitService.class, Set.of("today", "hostRule", "announceableHolders", "announcementsAt", "check",
                    "arrivals", "visitLog", "eachVisit", "arrivalsByHost", "arrivalsByHome", "noShows",
                    "mayKeepDeskOf", "mayAnnounceFor")),
            Map.entry(HolderImportService.class, Set.of("read", "mayImport")),
            Map.entry(PhotoFolderImport.class, Set.of()),
            Map.entry(ForumSettingsService.class, Set.of("settings", "carryOverFromWorkstation")),
            Map.entry(UserService.class, Set.of("hasUsers", "createFirstCoordinator", "users", "user", "changeOwnPassword")),
            Map.entry(LoginService.class, Set.of("hasUsers", "login", "automaticSignIn")),
            Map.entry(id.jalin.audit.domain.AuditService.class, Set.of("page", "each", "users", "features", "mayBrowse")),
            Map.entry(SurplusRedistribution.class, Set.of("today", "withClock", "ownLibrary", "mayActFor", "members",
                    "offer", "findClaim", "claims", "openOffers", "offersOf", "claimsOf", "history", "handOversTo",
                    "offerImport", "reminders")),
            Map.entry(OfferImport.class, Set.of("read")),
            Map.entry(UnionCatalogueService.class, Set.of("loads", "load", "recordsOfWork", "records", "arrivals",
                    "clusters", "feed", "mayLoad", "mayCorrectMerges", "held")),
            // withClock gives the same service on another clock: its writes are checked as any other's
            Map.entry(InterlibraryLoans.class, Set.of("today", "now", "withClock", "ownLibrary", "mayAskFor",
                    "mayKeepRulesOf", "members", "callNumberAtLender", "proposeRota", "actionsFor", "mayTake", "find", "findByNumber",
                    "findByRemoteId", "history", "page", "overdue", "reminders", "rulesOf", "figures",
                    "mayWriteLetters")),
            Map.entry(JointAcquisition.class, Set.of("today", "withClock", "ownLibrary", "members", "mayManage",
                    "mayPropose", "round", "rounds", "line", "lines", "receipts", "flags", "orderLines", "cost",
                    "proposalImport", "reminders")),
            Map.entry(ProposalImport.class, Set.of("read")),
            Map.entry(TrainingService.class, Set.of("today", "withClock", "ownLibrary", "members", "staff",
                    "mayManage", "mayRegisterFrom", "event", "detail", "events", "month", "between", "sessions",
                    "registration", "registrations", "waitingList", "registrationImport", "feeSummary", "attendance",
                    "standings", "certificates", "verify", "attendedBy", "calendar", "reminders")),
            Map.entry(id.jalin.training.domain.RegistrationImport.class, Set.of("read")),
            Map.entry(id.jalin.exchange.domain.ExchangeLedgers.class, Set.of("withClock", "today", "members",
                    "ownLibrary", "mayManage", "mayRecord", "partnerships", "partnership", "entries", "years",
                    "currentYear", "overview", "reminders")));

    private static final AtomicReference<Actor> ACTING = new AtomicReference<>(TestActors.COORDINATOR);
    private static Database database;
    /** The transaction the current case runs in, rolled back at its end. */
    private DSLContext transaction;

    /** The forum every case starts from, stored once: each case runs in a transaction rolled back at its end. */
    private static Fixture fixture;

    @BeforeAll
    static void open() {
        database = TestDatabases.h2();
        ACTING.set(TestActors.COORDINATOR);
        fixture = seed(FeatureServices.over(database.dsl(), TestApp.CLOCK, ACTING::get, TestApp.CHEAP_HASHER));
    }

    @AfterAll
    static void close() {
        database.close();
    }

    static Stream<Arguments> cases() {
        return WRITES.stream().flatMap(op -> Arrays.stream(Who.values()).map(who -> Arguments.of(op, who)));
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("cases")
    void eachWriteIsAllowedOrRefusedByRole(Op op, Who who) {
        inRolledBackForum((services, fixture) -> {
            List<String> before = snapshot();
            ACTING.set(actor(who, fixture));
            if (op.allowed().contains(who)) {
                assertThatCode(() -> op.call().run(services, fixture)).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> op.call().run(services, fixture)).isInstanceOf(NotPermittedException.class);
                ACTING.set(TestActors.COORDINATOR);
                assertThat(snapshot()).as("stored nothing").isEqualTo(before);
            }
        });
    }

    @Test
    void announcedByIsThePersonSignedIn() {
        inRolledBackForum((services, fixture) -> {
            Actor staff = TestActors.staffOf(fixture.a().id());
            ACTING.set(staff);
            SaveResult<VisitAnnouncement> saved = services.crossService().visits().announce(VisitAnnouncement.of(
                    fixture.holderA().id(), fixture.b().id(), TestApp.TODAY, TestApp.TODAY, "Skripsi"));
            assertThat(((SaveResult.Saved<VisitAnnouncement>) saved).value().announcedBy())
                    .isEqualTo(staff.signature());
            assertThat(services.crossService().visits().announcementsAt(fixture.b().id(), TestApp.TODAY, TestApp.TODAY))
                    .extracting(VisitAnnouncement::announcedBy).contains(staff.signature());
        });
    }

    @Test
    void recordedByIsThePersonSignedIn() {
        inRolledBackForum((services, fixture) -> {
            ACTING.set(TestActors.SECRETARY);
            long obligation = fixture.agreement().obligations().get(0).id();
            services.agreements().recordFulfilment(obligation, TestApp.TODAY, "Dikirim");
            assertThat(services.agreements().agreement(fixture.agreement().id()).orElseThrow().obligations().get(0)
                    .fulfilments()).extracting(f -> f.recordedBy()).containsExactly(TestActors.SECRETARY.signature());
        });
    }

    @Test
    void everyPublicServiceMethodIsInTheTable() {
        Set<String> missing = new TreeSet<>();
        for (Class<?> service : READS.keySet()) {
            Set<String> writes = WRITES.stream().filter(op -> op.service() == service).map(Op::method)
                    .collect(Collectors.toSet());
            for (Method method : service.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic() && !writes.contains(method.getName())
                        && !READS.get(service).contains(method.getName())) {
                    missing.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(missing).as("public service methods neither in WRITES (with who may call them) nor in READS")
                .isEmpty();
    }

    @Test
    void everyServiceTheAppBuildsIsInTheTable() {
        Set<Class<?>> built = new LinkedHashSet<>();
        for (Class<?> holder : List.of(FeatureServices.class, CrossServices.class)) {
            for (RecordComponent component : holder.getRecordComponents()) {
                built.add(component.getType());
            }
        }
        built.remove(CrossServices.class);
        built.remove(CurrentActor.class);
        assertThat(READS.keySet()).containsAll(built);
    }

    // --- the forum each case works on ---

    private void inRolledBackForum(Call body) {
        class Rollback extends RuntimeException {
        }
        try {
            database.dsl().transaction(configuration -> {
                ACTING.set(TestActors.COORDINATOR);
                transaction = configuration.dsl();
                FeatureServices services = FeatureServices.over(transaction, TestApp.CLOCK, ACTING::get, TestApp.CHEAP_HASHER);
                body.run(services, fixture);
                throw new Rollback();
            });
        } catch (Rollback expected) {
            // every case leaves the database as it found it
        } finally {
            ACTING.set(TestActors.COORDINATOR);
        }
    }

    private static Fixture seed(FeatureServices s) {
        s.forum().save(s.forum().profile().named("FPPTI Jawa Barat", "FPPTI-JABAR", "Bandung"));
        Library a = saved(s.members().save(Member.of(Libraries.library("UNPAD", "Perpustakaan Unpad")))).library();
        Library b = saved(s.members().save(Member.of(Libraries.library("ITB", "Perpustakaan ITB")))).library();
        Library c = saved(s.members().save(Member.of(Libraries.library("UNIKOM", "Perpustakaan Unikom")))).library();
        var holders = s.crossService().holders();
        CardHolder holderA = saved(holders.save(Holders.student(a.id(), "180110220001", "Siti Nurhaliza")));
        CardHolder spare = saved(holders.save(Holders.student(a.id(), "180110220002", "Budi Hartono")));
        CardHolder holderB = saved(holders.save(Holders.student(b.id(), "13519001", "Rizky Pratama")));
        var cards = s.crossService().cards();
        Card cardA = saved(cards.issue(holderA, TestApp.TODAY, null, Money.of(25_000), "K-1"));
        Card cardB = saved(cards.issue(holderB, TestApp.TODAY, null, Money.of(25_000), "K-9"));
        Agreement agreement = saved(s.agreements().save(Agreements.withParties(
                Agreements.pks(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31)),
                List.of(Party.member(a.id(), a.name(), "Dr. Siti", "Kepala", "Jatinangor"),
                        Party.member(b.id(), b.name(), "Ir. Bambang", "Kepala", "Bandung")))
                .withObligations(List.of(Obligation.once(1, "Kirim terbitan", "Send publications",
                        LocalDate.of(2026, 11, 1))))));
        VisitAnnouncement announcement = saved(s.crossService().visits().announce(VisitAnnouncement.of(
                holderA.id(), b.id(), TestApp.TODAY, TestApp.TODAY, "Skripsi")));
        char[] password = "sandi-sekretaris".toCharArray();
        var secretaryUser = saved(s.users().create(new id.jalin.access.domain.UserDraft("sari.baru", "Sari Baru",
                id.jalin.kernel.access.Role.SECRETARY, null), password, password.clone()));
        s.catalogue().load(a.id(), new LoadInfo(HoldingsSource.MARC21, "a.mrc"), sink -> {
            sink.accept(TestRecords.book("a-1", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991,
                    "9789794030820"));
            sink.accept(TestRecords.book("a-2", "Dasar-dasar katalogisasi", "Hidayat, Asep", 2010, ""));
        }, Progress.NONE);
        s.catalogue().load(b.id(), new LoadInfo(HoldingsSource.MARC21, "b.mrc"), sink -> sink.accept(
                TestRecords.book("b-1", "Pengantar ilmu perpustakaan", "Sulistyo-Basuki", 1991, "9789794030820")),
                Progress.NONE);
        LoanRequest loanOfA = saved(s.loans().request(loanRequest(a.id(), b.id())));
        LoanRequest loanAskedOfA = saved(s.loans().request(loanRequest(b.id(), a.id())));
        return new Fixture(a, b, c, holderA, spare, holderB, cardA, cardB, agreement, announcement, secretaryUser,
                loanOfA, loanAskedOfA, acquisition(s, a, b), exchange(s, a, c), redistribution(s, a, b),
                training(s, a));
    }

    private static Training training(FeatureServices s, Library a) {
        TrainingService training = s.training();
        var event = saved(training.createEvent(trainingEvent(a.id())));
        var session = saved(training.addSession(session(event.id())));
        event = saved(training.move(event, id.jalin.training.domain.EventStatus.OPEN));
        var guestOfA = saved(training.register(event.id(), new id.jalin.training.domain.Registrant.Guest("Rina",
                a.name(), "rina@contoh.id", a.id()), id.jalin.training.domain.ParticipantRole.PARTICIPANT, ""));
        var guest = saved(training.register(event.id(), new id.jalin.training.domain.Registrant.Guest("Budi",
                "Perpustakaan Kota", "budi@contoh.id", null), id.jalin.training.domain.ParticipantRole.PARTICIPANT,
                ""));
        var held = saved(training.createEvent(trainingEvent(a.id())));
        saved(training.addSession(session(held.id())));
        held = saved(training.move(held, id.jalin.training.domain.EventStatus.OPEN));
        var attended = saved(training.register(held.id(), new id.jalin.training.domain.Registrant.Guest("Sari",
                a.name(), "sari@contoh.id", a.id()), id.jalin.training.domain.ParticipantRole.PARTICIPANT, ""));
        long heldSession = training.sessions(held.id()).get(0).id();
        saved(training.setAttended(heldSession, attended.id(), true));
        held = saved(training.move(held, id.jalin.training.domain.EventStatus.HELD));
        return new Training(event, session, guestOfA, guest, held, attended);
    }

    private static id.jalin.training.domain.TrainingEvent trainingEvent(long host) {
        return id.jalin.training.domain.TrainingEvent.planned(id.jalin.training.domain.EventKind.WORKSHOP,
                "Lokakarya katalogisasi RDA", "RDA cataloguing workshop", host, "Aula Perpustakaan", TestApp.TODAY,
                TestApp.TODAY.plusDays(1), TestApp.TODAY, 30, null, Money.of(100_000), "Makan siang", "Rina",
                "0812", "panitia@contoh.id");
    }

    private static id.jalin.training.domain.TrainingSession session(long eventId) {
        return id.jalin.training.domain.TrainingSession.of(eventId, TestApp.TODAY, java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(12, 0), "Dasar RDA", "Dr. Asep");
    }

    private static Redistribution redistribution(FeatureServices s, Library a, Library b) {
        var service = s.redistribution();
        SurplusOffer offerOfA = saved(service.post(surplus(a.id())));
        Claim claimOnA = saved(service.claim(Claim.of(offerOfA.id(), b.id(), 1, "")));
        SurplusOffer offerOfB = saved(service.post(surplus(b.id())));
        Claim claimByA = saved(service.claim(Claim.of(offerOfB.id(), a.id(), 1, "")));
        Claim shipped = saved(service.ship(service.findClaim(claimByA.id()).orElseThrow(), TestApp.TODAY, "JNE 1"));
        return new Redistribution(service.offer(offerOfA.id()).orElseThrow(), service.findClaim(claimOnA.id())
                .orElseThrow(), offerOfB, shipped);
    }

    private static SurplusOffer surplus(long giver) {
        return SurplusOffer.of(giver, "Katalogisasi subjek", "Hidayat, Asep", "", 2015, 3, ItemCondition.GOOD,
                SurplusReason.DUPLICATE, AllocationRule.FIRST_COME, null, "");
    }

    private static Exchange exchange(FeatureServices s, Library a, Library c) {
        id.jalin.exchange.domain.Partnership partnership = saved(s.exchange().savePartnership(
                partnership(a.id(), c.id())));
        return new Exchange(partnership, saved(s.exchange().record(shipment(partnership, a.id()))));
    }

    private static id.jalin.exchange.domain.Partnership partnership(long first, long second) {
        return new id.jalin.exchange.domain.Partnership(null, first, second,
                id.jalin.exchange.domain.ExchangeRatio.ONE_FOR_ONE, id.jalin.exchange.domain.ExchangeUnit.TITLE,
                id.jalin.exchange.domain.PeriodKind.CALENDAR_YEAR, true, TestApp.TODAY.getYear() - 1, null, "", 0);
    }

    private static id.jalin.exchange.domain.Partnership withNotes(id.jalin.exchange.domain.Partnership p) {
        return new id.jalin.exchange.domain.Partnership(p.id(), p.firstMemberId(), p.secondMemberId(), p.ratio(),
                p.unit(), p.periodKind(), p.carryOver(), p.firstYear(), p.agreementId(), "Rapat tahunan", p.version());
    }

    private static id.jalin.exchange.domain.LedgerEntry shipment(id.jalin.exchange.domain.Partnership partnership,
                                                                long sender) {
        return new id.jalin.exchange.domain.LedgerEntry(null, partnership.id(), TestApp.TODAY,
                id.jalin.exchange.domain.Direction.sending(partnership, sender), "Jurnal Ilmu Perpustakaan",
                id.jalin.exchange.domain.PublicationKind.JOURNAL, "Vol. 12 No. 1", 1, 1, "JNE-1", "", null);
    }

    private static Acquisition acquisition(FeatureServices s, Library a, Library b) {
        JointAcquisition acquisition = s.acquisition();
        PurchaseRound round = saved(acquisition.openRound(purchaseRound(a.id(), b.id())));
        ProposalLine lineOfA = saved(acquisition.propose(proposal(round, a.id(), "Pengantar statistika")));
        ProposalLine lineOfB = saved(acquisition.propose(proposal(round, b.id(), "Metodologi penelitian")));
        PurchaseRound ordered = saved(acquisition.openRound(purchaseRound(a.id(), b.id())));
        ProposalLine orderedLine = saved(acquisition.propose(proposal(ordered, a.id(), "Kimia organik")));
        orderedLine = saved(acquisition.decide(orderedLine, Decision.ACCEPTED, ""));
        ordered = saved(acquisition.move(ordered, RoundStatus.CLOSED, ""));
        saved(acquisition.move(ordered, RoundStatus.ORDERED, ""));
        return new Acquisition(round, lineOfA, lineOfB, orderedLine);
    }

    private static PurchaseRound purchaseRound(long coordinator, long other) {
        return PurchaseRound.draft("Pengadaan Bersama 2027", coordinator, Money.of(50_000_000),
                TestApp.TODAY.plusDays(14), SplitRule.EQUAL, Map.of(coordinator, 1L, other, 1L));
    }

    private static ProposalLine proposal(PurchaseRound round, long member, String title) {
        return ProposalLine.proposed(round.id(), member, new Title("", title, "", "", null, ""), ItemFormat.PRINT,
                false, "Gramedia", Money.of(150_000), 2, 3, "");
    }

    private static NewLoanRequest loanRequest(long borrower, long lender) {
        return new NewLoanRequest(borrower, new Patron("Rina", "1301", PatronKind.STUDENT), ServiceKind.LOAN,
                new RequestedItem(null, "Prosiding Seminar Nasional", "", "", null, "", "", ItemKind.SERIAL, "", ""),
                "", null, "", List.of(lender));
    }

    private static id.jalin.catalogue.domain.Holding holding(FeatureServices s, long memberId, String sourceId) {
        List<id.jalin.catalogue.domain.Holding> found = new ArrayList<>();
        s.catalogue().feed().allWorks(work -> work.holdings().stream()
                .filter(h -> h.memberId() == memberId && h.sourceId().equals(sourceId)).forEach(found::add),
                Progress.NONE);
        return found.get(0);
    }

    private static long recordOf(FeatureServices s, long memberId, String sourceId) {
        return holding(s, memberId, sourceId).recordId();
    }

    private static long workOf(FeatureServices s, long memberId, String sourceId) {
        long record = recordOf(s, memberId, sourceId);
        return s.catalogue().records(List.of(record)).get(0).workId();
    }

    private static Actor actor(Who who, Fixture fixture) {
        return switch (who) {
            case COORDINATOR -> TestActors.COORDINATOR;
            case SECRETARY -> TestActors.SECRETARY;
            case OWN_STAFF -> TestActors.staffOf(fixture.a().id());
            case OTHER_STAFF -> TestActors.staffOf(fixture.b().id());
            case READ_ONLY -> TestActors.READ_ONLY;
        };
    }

    /** Every row of every table, for "a refused call stored nothing". */
    private List<String> snapshot() {
        DSLContext dsl = transaction;
        List<String> rows = new ArrayList<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            for (Record row : dsl.selectFrom(table).fetch()) {
                rows.add(table.getName() + ": " + Arrays.deepToString(row.intoArray()));
            }
        }
        rows.sort(String::compareTo);
        return rows;
    }

    private static id.jalin.access.domain.User renamed(id.jalin.access.domain.User u, String displayName) {
        return new id.jalin.access.domain.User(u.id(), u.loginName(), displayName, u.role(), u.memberLibraryId(),
                u.active(), u.failedAttempts(), u.lockedUntil(), u.version());
    }

    private static Op op(Class<?> service, String method, String what, Set<Who> allowed, Call call) {
        return new Op(service, method, what, allowed, call);
    }

    private static <T> T saved(SaveResult<T> result) {
        assertThat(result).isInstanceOf(SaveResult.Saved.class);
        return ((SaveResult.Saved<T>) result).value();
    }

    /** The stored entry with a change, as the form would hand it in. */
    private static Member member(FeatureServices s, Library library, java.util.function.UnaryOperator<Library> change) {
        Member stored = s.members().member(library.id()).orElseThrow();
        return new Member(change.apply(stored.library()), stored.staff());
    }

    private static Library renamed(Library l, String name) {
        return new Library(l.id(), l.version(), l.code(), name, l.institution(), l.kind(), l.address(), l.city(),
                l.province(), l.phone(), l.email(), l.website(), l.joinedOn(), l.status(), l.duesClass(),
                l.yearlyDues(), l.collectionTitles(), l.notes());
    }

    private static Library withStatus(Library l, MemberStatus status) {
        return new Library(l.id(), l.version(), l.code(), l.name(), l.institution(), l.kind(), l.address(), l.city(),
                l.province(), l.phone(), l.email(), l.website(), l.joinedOn(), status, l.duesClass(),
                l.yearlyDues(), l.collectionTitles(), l.notes());
    }

    private static CardHolder movedTo(CardHolder h, long libraryId) {
        return new CardHolder(h.id(), h.version(), libraryId, h.number(), h.name(), h.programme(), h.kind(),
                h.email(), h.phone());
    }

    private static InputStream memberCsv() {
        return csv("kode;nama;jenis;kota\r\nUNPAS;Perpustakaan Pasundan;universitas;Bandung\r\n");
    }

    private static InputStream holderCsv() {
        return csv("nomor;nama;perpustakaan_asal\r\n180110229999;Mahasiswa Baru;UNPAD\r\n");
    }

    private static InputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Path photoFolder(CardHolder holder) throws Exception {
        Path folder = Files.createTempDirectory("jalin-photos");
        folder.toFile().deleteOnExit();
        Path photo = Files.write(folder.resolve(holder.number() + ".jpg"), JPEG);
        photo.toFile().deleteOnExit();
        return folder;
    }
}
