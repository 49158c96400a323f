package id.jalin.agreement.domain;

/** The renewal terms: for {@link RenewalKind#AUTOMATIC}, by how many months, unless notice comes {@code noticeDays} before the end. */
public record Renewal(RenewalKind kind, int months, int noticeDays) {
    public static final Renewal NONE = new Renewal(RenewalKind.NONE, 0, 0);

    public Renewal {
        kind = kind == null ? RenewalKind.NONE : kind;
    }

    public static Renewal automatic(int months, int noticeDays) {
        return new Renewal(RenewalKind.AUTOMATIC, months, noticeDays);
    }

    public boolean isAutomatic() {
        return kind == RenewalKind.AUTOMATIC;
    }
}
