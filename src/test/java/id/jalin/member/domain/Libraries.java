package id.jalin.member.domain;

import id.jalin.kernel.money.Money;
import java.time.LocalDate;

/** Member libraries for tests of other features. */
public final class Libraries {
    private Libraries() {
    }

    public static Library library(String code, String name) {
        return new Library(null, 0, code, name, "Yayasan " + name, LibraryKind.UNIVERSITY, "Jl. Dipati Ukur 35",
                "Bandung", "Jawa Barat", "(022) 2503271", "perpus@" + code.toLowerCase() + ".ac.id", "",
                LocalDate.of(2012, 3, 1), MemberStatus.ACTIVE, "A", Money.of(2_500_000), 85_000, "");
    }
}
