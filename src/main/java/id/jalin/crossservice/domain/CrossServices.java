package id.jalin.crossservice.domain;

import id.jalin.crossservice.domain.csv.HolderImportService;
import id.jalin.member.domain.MemberService;
import java.time.Clock;

/** The cross-service feature's services over one repository, built once at start-up. */
public record CrossServices(CardHolderService holders, CardService cards, VisitService visits,
                            HolderImportService holderImport, PhotoFolderImport photoImport,
                            CardPrefixService prefixes) {

    public static CrossServices over(CrossServiceRepository repository, MemberService members, Clock clock) {
        return new CrossServices(new CardHolderService(repository), new CardService(repository, clock),
                new VisitService(repository, members::statusOf, clock), new HolderImportService(repository, members),
                new PhotoFolderImport(repository), new CardPrefixService(repository));
    }
}
