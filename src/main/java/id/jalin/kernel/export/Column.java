package id.jalin.kernel.export;

import java.util.Objects;

/** A column of an exported table: its heading (already in the user's language) and what it holds. */
public record Column(String heading, ColumnKind kind) {
    public Column {
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(kind, "kind");
    }
}
