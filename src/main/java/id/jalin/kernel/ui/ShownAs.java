package id.jalin.kernel.ui;

import java.util.function.Function;
import javafx.util.StringConverter;

/** How a choice box shows its values: by words worked out from each value. The values are picked, never typed. */
public final class ShownAs {
    private ShownAs() {
    }

    public static <T> StringConverter<T> words(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String typed) {
                return null;
            }
        };
    }
}
