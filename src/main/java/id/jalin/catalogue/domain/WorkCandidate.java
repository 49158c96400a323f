package id.jalin.catalogue.domain;

/** A record already in a work that shares a key with the record being placed: which work, whose, and its keys. */
public record WorkCandidate(long workId, long memberId, MatchKeys keys) {
}
