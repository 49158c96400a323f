package id.jalin.access.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (BouncyCastle), in the usual encoded form
 * {@code $argon2id$v=19$m=<KiB>,t=<passes>,p=<lanes>$<salt>$<hash>} (unpadded Base64), so a stored hash carries its
 * own salt and parameters and old hashes still verify after the parameters change. Passwords come in as
 * {@code char[]} and are never turned into a String here; the caller wipes its array when done.
 */
public final class PasswordHasher {
    /** Chosen so one hash takes 200-300 ms on the two-core reference machine (see decision record 0014). */
    public static final Cost DEFAULT_COST = new Cost(32_768, 3, 1);

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final String PREFIX = "$argon2id$v=19$";
    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    /** Argon2 memory (KiB), passes over it and lanes. */
    public record Cost(int memoryKib, int iterations, int parallelism) {
        public Cost {
            if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
                throw new IllegalArgumentException("Argon2 cost too small: " + memoryKib + "/" + iterations);
            }
        }
    }

    private final Cost cost;
    private final SecureRandom random;

    public PasswordHasher() {
        this(DEFAULT_COST);
    }

    /** With another cost: tests use a cheap one so that hundreds of hashes stay fast. */
    public PasswordHasher(Cost cost) {
        this.cost = Objects.requireNonNull(cost);
        this.random = new SecureRandom();
    }

    public Cost cost() {
        return cost;
    }

    /** A new hash with a fresh random salt; two hashes of the same password differ. */
    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(password, salt, cost, HASH_BYTES);
        return PREFIX + "m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
    }

    /** Whether {@code password} gives {@code encoded}; compares in constant time. A malformed hash never matches. */
    public boolean verify(char[] password, String encoded) {
        Parsed parsed = Parsed.of(encoded);
        if (parsed == null) {
            return false;
        }
        byte[] actual = derive(password, parsed.salt(), parsed.cost(), parsed.hash().length);
        return MessageDigest.isEqual(actual, parsed.hash());
    }

    /** Whether a stored hash was made with other parameters than today's, so it is worth hashing again at login. */
    public boolean needsRehash(String encoded) {
        Parsed parsed = Parsed.of(encoded);
        return parsed == null || !parsed.cost().equals(cost);
    }

    /**
     * Spends the time of one verification without a stored hash, so an unknown login answers as slowly as a wrong
     * password and the timing does not tell which logins exist.
     */
    public void burn(char[] password) {
        derive(password, new byte[SALT_BYTES], cost, HASH_BYTES);
    }

    private static byte[] derive(char[] password, byte[] salt, Cost cost, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        byte[] bytes = utf8(password);
        try {
            generator.generateBytes(bytes, out);
        } finally {
            java.util.Arrays.fill(bytes, (byte) 0);
        }
        return out;
    }

    /** UTF-8 bytes of the password without a String in between; the caller wipes them. */
    private static byte[] utf8(char[] password) {
        java.nio.ByteBuffer buffer = StandardCharsets.UTF_8.encode(java.nio.CharBuffer.wrap(password));
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        java.util.Arrays.fill(buffer.array(), (byte) 0);
        return bytes;
    }

    private record Parsed(Cost cost, byte[] salt, byte[] hash) {
        static Parsed of(String encoded) {
            if (encoded == null || !encoded.startsWith(PREFIX)) {
                return null;
            }
            String[] parts = encoded.substring(PREFIX.length()).split("\\$");
            if (parts.length != 3) {
                return null;
            }
            try {
                int memory = 0;
                int iterations = 0;
                int parallelism = 0;
                for (String pair : parts[0].split(",")) {
                    String[] kv = pair.split("=", 2);
                    int value = Integer.parseInt(kv[1]);
                    switch (kv[0]) {
                        case "m" -> memory = value;
                        case "t" -> iterations = value;
                        case "p" -> parallelism = value;
                        default -> {
                            return null;
                        }
                    }
                }
                byte[] salt = DECODER.decode(parts[1].getBytes(StandardCharsets.US_ASCII));
                byte[] hash = DECODER.decode(parts[2].getBytes(StandardCharsets.US_ASCII));
                if (salt.length < 8 || hash.length < 16) {
                    return null;
                }
                return new Parsed(new Cost(memory, iterations, parallelism), salt, hash);
            } catch (RuntimeException malformed) {
                return null;
            }
        }
    }
}
