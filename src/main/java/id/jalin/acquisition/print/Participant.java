package id.jalin.acquisition.print;

/** A member library taking part in a round: the short code the tables use and the name a reader knows it by. */
public record Participant(String code, String name) {
    public Participant {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("A participant needs its code");
        }
        code = code.strip();
        name = name == null ? "" : name.strip();
    }
}
