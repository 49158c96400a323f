package id.jalin.app;

import id.jalin.agreement.domain.DemoAgreements;
import id.jalin.crossservice.domain.DemoCrossService;
import id.jalin.forum.domain.DemoForumProfile;
import id.jalin.kernel.db.Database;
import id.jalin.kernel.task.Progress;
import id.jalin.member.domain.DemoForum;
import java.time.Clock;
import java.util.List;

/**
 * Loads the demo forum (profile if unnamed, members, agreements, cross-service) in ONE transaction: services are
 * built over the transaction's connection, so a failure or a Cancel halfway leaves the database as empty as it was,
 * and a second try starts clean.
 */
final class DemoDataLoad {
    /** One part of the demo data, stored through the features' own services. */
    @FunctionalInterface
    interface Part {
        void load(FeatureServices services, Progress progress);
    }

    static final List<Part> PARTS = List.of(
            (services, progress) -> DemoForumProfile.fillIfUnnamed(services.forum()),
            (services, progress) -> DemoForum.loadInto(services.members(), progress),
            (services, progress) -> DemoAgreements.loadInto(services.agreements(), services.members(), progress),
            (services, progress) -> DemoCrossService.loadInto(services.members(), services.crossService().holders(),
                    services.crossService().cards(), services.crossService().visits(), progress),
            (services, progress) -> id.jalin.catalogue.domain.DemoHoldings.loadInto(services.catalogue(),
                    services.members().libraries().stream().map(library -> library.id()).toList(), progress),
            (services, progress) -> id.jalin.loan.domain.DemoLoans.loadInto(services.loans(),
                    sharedWorks(services, progress), progress),
            (services, progress) -> id.jalin.acquisition.domain.DemoAcquisition.loadInto(services.acquisition(),
                    heldTitles(services, progress), progress),
            (services, progress) -> id.jalin.exchange.domain.DemoExchange.loadInto(services.exchange(),
                    exchangeAgreement(services), progress),
            (services, progress) -> id.jalin.redistribution.domain.DemoRedistribution.loadInto(
                    services.redistribution(), progress),
            (services, progress) -> id.jalin.training.domain.DemoTraining.loadInto(services.training(), progress));

    /** The demo's bilateral exchange agreement between two members, the one the demo 1:1 exchange follows. */
    private static java.util.Optional<id.jalin.exchange.domain.DemoExchange.AgreementLink> exchangeAgreement(
            FeatureServices services) {
        return services.agreements().summaries().stream()
                .filter(agreement -> agreement.type() == id.jalin.agreement.domain.SinclairType.A_BILATERAL_EXCHANGE
                        && agreement.libraryIds().size() == 2)
                .findFirst().map(agreement -> new id.jalin.exchange.domain.DemoExchange.AgreementLink(agreement.id(),
                        agreement.libraryIds().get(0), agreement.libraryIds().get(1)));
    }

    /** Demo catalogue works with an ISBN-13 of the 978 range (so it has an ISBN-10 too), with a member holding each. */
    private static List<id.jalin.acquisition.domain.DemoAcquisition.HeldTitle> heldTitles(FeatureServices services,
                                                                                         Progress progress) {
        List<id.jalin.acquisition.domain.DemoAcquisition.HeldTitle> titles = new java.util.ArrayList<>();
        services.catalogue().feed().allWorks(work -> {
            java.util.Optional<String> isbn = work.isbns().stream().filter(number -> number.startsWith("978"))
                    .findFirst();
            if (isbn.isPresent() && !work.holdings().isEmpty() && titles.size() < 2) {
                titles.add(new id.jalin.acquisition.domain.DemoAcquisition.HeldTitle(
                        new id.jalin.acquisition.domain.Title(isbn.get(), work.title(), work.author(),
                                work.publishers().isEmpty() ? "" : work.publishers().get(0), work.year(),
                                work.edition()), work.holdings().get(0).memberId()));
            }
        }, progress);
        return titles;
    }

    /** Demo catalogue works held by two members or more, the ones a demo loan asks for. */
    private static List<id.jalin.loan.domain.DemoLoans.HeldWork> sharedWorks(FeatureServices services,
                                                                            Progress progress) {
        List<id.jalin.loan.domain.DemoLoans.HeldWork> works = new java.util.ArrayList<>();
        services.catalogue().feed().allWorks(work -> {
            List<Long> holders = work.holdings().stream().map(holding -> holding.memberId()).distinct().toList();
            if (holders.size() >= 2 && works.size() < 40) {
                works.add(new id.jalin.loan.domain.DemoLoans.HeldWork(LoanItems.of(work), holders));
            }
        }, progress);
        return works;
    }

    private final Database database;
    private final Clock clock;
    private final id.jalin.kernel.access.CurrentActor actor;
    private final List<Part> parts;

    DemoDataLoad(Database database, Clock clock, id.jalin.kernel.access.CurrentActor actor) {
        this(database, clock, actor, PARTS);
    }

    /** With other parts: lets a test put a failure between two of them. */
    DemoDataLoad(Database database, Clock clock, id.jalin.kernel.access.CurrentActor actor, List<Part> parts) {
        this.database = database;
        this.actor = actor;
        this.clock = clock;
        this.parts = List.copyOf(parts);
    }

    void run(Progress progress) {
        database.dsl().transaction(transaction -> {
            FeatureServices services = FeatureServices.over(transaction.dsl(), clock, actor);
            for (Part part : parts) {
                progress.checkCancelled();
                part.load(services, progress);
            }
        });
    }
}
