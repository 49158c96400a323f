package id.jalin.catalogue.data;

/**
 * A match key (an identifier, a cluster key, an exact or block key) as 64 bits, for the in-memory key map of a load
 * ({@link MemberKeys}). Two different keys share a hash with a chance of about one in 10^7 over the three million
 * keys of a million holdings; such a pair would be compared by the matcher as if its keys were equal.
 */
final class KeyHash {
    private KeyHash() {
    }

    /** FNV-1a over the characters, then a murmur finaliser to spread the bits; 0 only for the empty key. */
    static long of(String key) {
        if (key == null || key.isEmpty()) {
            return 0;
        }
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            hash ^= key.charAt(i);
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        hash ^= hash >>> 33;
        return hash == 0 ? 1 : hash;
    }

    /** The key as the matcher sees it when compared by hash: the kind prefix of an identifier kept, the rest hashed. */
    static String text(long hash) {
        return hash == 0 ? "" : Long.toHexString(hash);
    }
}
