package id.jalin.acquisition.domain;

/** A line an earlier round ordered, with that round's name: what a new proposal is checked against. */
public record EarlierOrder(ProposalLine line, String roundName) {
}
