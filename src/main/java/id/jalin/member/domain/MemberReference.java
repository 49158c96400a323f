package id.jalin.member.domain;

/** Records elsewhere that point at a library, which stop it from being deleted: {@code count} rows of {@code table}. */
public record MemberReference(String table, long count) {
}
