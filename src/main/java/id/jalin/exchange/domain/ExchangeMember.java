package id.jalin.exchange.domain;

/** A member library as the exchange ledgers name it; one that left keeps its old partnerships but starts none. */
public record ExchangeMember(long id, String code, String name, boolean active) {
}
