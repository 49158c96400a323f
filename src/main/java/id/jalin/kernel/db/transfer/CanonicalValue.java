package id.jalin.kernel.db.transfer;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.UUID;

/**
 * One text for each value, the same whichever database it was read from: the archive's cells and the checksums are
 * both this text. Timestamps always carry nine fraction digits (H2 and PostgreSQL both keep microseconds, but
 * {@code LocalDateTime.toString()} drops zero parts), decimals lose trailing zeros (PostgreSQL keeps the column's
 * scale, H2 may not), booleans are {@code true}/{@code false} (never t/f or 1/0), byte arrays are Base64. Text is
 * escaped as in PostgreSQL's COPY format, so a row is one line and a tab separates cells; {@code \N} is null.
 */
public final class CanonicalValue {
    public static final String NULL = "\\N";
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.nnnnnnnnn");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.nnnnnnnnn");

    private CanonicalValue() {
    }

    public static String render(Object value) {
        if (value == null) {
            return NULL;
        }
        if (value instanceof String text) {
            return escape(text);
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 ? "0" : decimal.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            return BigDecimal.valueOf(((Number) value).doubleValue()).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof UUID) {
            return value.toString();
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof LocalDateTime dateTime) {
            return TIMESTAMP.format(dateTime);
        }
        if (value instanceof LocalTime time) {
            return TIME.format(time);
        }
        if (value instanceof OffsetDateTime offset) {
            return TIMESTAMP.format(offset.withOffsetSameInstant(java.time.ZoneOffset.UTC).toLocalDateTime()) + "Z";
        }
        if (value instanceof byte[] bytes) {
            return Base64.getEncoder().encodeToString(bytes);
        }
        throw new IllegalArgumentException("No canonical text for a " + value.getClass().getName());
    }

    /** The value {@link #render} wrote, as the Java type the column's field has. */
    public static Object parse(String text, Class<?> type) {
        if (NULL.equals(text)) {
            return null;
        }
        if (type == String.class) {
            return unescape(text);
        }
        if (type == Long.class) {
            return Long.valueOf(text);
        }
        if (type == Integer.class) {
            return Integer.valueOf(text);
        }
        if (type == Short.class) {
            return Short.valueOf(text);
        }
        if (type == Byte.class) {
            return Byte.valueOf(text);
        }
        if (type == BigInteger.class) {
            return new BigInteger(text);
        }
        if (type == BigDecimal.class) {
            return new BigDecimal(text);
        }
        if (type == Double.class) {
            return Double.valueOf(text);
        }
        if (type == Float.class) {
            return Float.valueOf(text);
        }
        if (type == Boolean.class) {
            return Boolean.valueOf(text);
        }
        if (type == UUID.class) {
            return UUID.fromString(text);
        }
        if (type == LocalDate.class) {
            return LocalDate.parse(text);
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.parse(text, TIMESTAMP);
        }
        if (type == LocalTime.class) {
            return LocalTime.parse(text, TIME);
        }
        if (type == OffsetDateTime.class) {
            return LocalDateTime.parse(text.substring(0, text.length() - 1), TIMESTAMP).atOffset(java.time.ZoneOffset.UTC);
        }
        if (type == byte[].class) {
            return Base64.getDecoder().decode(text);
        }
        throw new IllegalArgumentException("No canonical text for a " + type.getName());
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
