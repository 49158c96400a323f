package id.jalin.exchange.domain;

import java.util.List;

/** The member register as the exchange ledgers read it. */
public interface ExchangeMembers {
    /** Every member, those that left included, by code. */
    List<ExchangeMember> all();
}
