package id.jalin.redistribution.domain;

/** An offer as a list shows it: with how many members claimed it and how many copies are promised so far. */
public record OfferRow(SurplusOffer offer, int claims, int allocated) {
    /** Copies not yet promised to anyone. */
    public int left() {
        return offer.copies() - allocated;
    }
}
