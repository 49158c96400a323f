package id.jalin.catalogue.ui;

import id.jalin.catalogue.domain.MemberLoad;
import id.jalin.member.domain.Library;
import java.util.Optional;

/** A member library as the holdings tab lists it: the library and its last load, if it has one. */
record MemberHoldingsRow(Library library, Optional<MemberLoad> load) {
    int records() {
        return load.map(MemberLoad::records).orElse(0);
    }
}
