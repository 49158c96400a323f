package id.jalin.acquisition.print;

/**
 * How many copies of an order line one member asked for, by the member's short code ("ITB", "UNPAD"), as the
 * order list prints it beside the line: "ITB 2, UNPAD 1".
 */
public record MemberCopies(String memberCode, int copies) {
    public MemberCopies {
        if (memberCode == null || memberCode.isBlank()) {
            throw new IllegalArgumentException("Copies need the code of the member they are for");
        }
        if (copies < 1) {
            throw new IllegalArgumentException("A member asks for at least one copy, not " + copies);
        }
        memberCode = memberCode.strip();
    }
}
