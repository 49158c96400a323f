package id.jalin.crossservice.domain;

import id.jalin.crossservice.domain.csv.HolderImportService;
import id.jalin.kernel.access.Permissions;
import id.jalin.member.domain.MemberService;
import java.time.Clock;

/** The cross-service feature's services over one repository, built once at start-up. */
public record CrossServices(CardHolderService holders, CardService cards, VisitService visits,
                            HolderImportService holderImport, PhotoFolderImport photoImport,
                            CardPrefixService prefixes) {

    public static CrossServices over(CrossServiceRepository repository, MemberService members, Clock clock,
                                     Permissions permissions) {
        return new CrossServices(new CardHolderService(repository, permissions),
                new CardService(repository, clock, permissions),
                new VisitService(repository, members::statusOf, clock, permissions),
                new HolderImportService(repository, members, permissions),
                new PhotoFolderImport(repository, permissions), new CardPrefixService(repository, permissions));
    }
}
