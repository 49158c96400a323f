package id.jalin.kernel.i18n;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The bundle prefixes under which an enum's constants have their words ({@code prefix.constant_name} in lower
 * case, read with {@link Messages#label(String, Enum)}). The bundle test reads this to check that every constant
 * has its words in both languages, so a constant added later cannot go on screen as a raw key. An enum that never
 * reaches a screen or paper says so with an empty list.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Labels {
    String[] value();
}
