package id.jalin.agreement.domain;

import java.time.LocalDateTime;

/** The scanned signed copy, kept in the database with the agreement so it never breaks when a file moves. */
public record Attachment(String fileName, String mediaType, byte[] content, LocalDateTime addedAt) {
    public static final long MAX_BYTES = 20L * 1024 * 1024;
}
