package id.jalin.access.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    /** Cheap parameters: the rules are the same, the tests stay quick. */
    static final PasswordHasher CHEAP = new PasswordHasher(new PasswordHasher.Cost(1024, 1, 1));

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String hash = CHEAP.hash("buku-dan-kopi".toCharArray());

        assertThat(CHEAP.verify("buku-dan-kopi".toCharArray(), hash)).isTrue();
        assertThat(CHEAP.verify("buku-dan-kopI".toCharArray(), hash)).isFalse();
        assertThat(CHEAP.verify("".toCharArray(), hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTimeBecauseOfItsSalt() {
        String first = CHEAP.hash("sama-saja".toCharArray());
        String second = CHEAP.hash("sama-saja".toCharArray());

        assertThat(first).isNotEqualTo(second);
        assertThat(first.split("\\$")[4]).isNotEqualTo(second.split("\\$")[4]);
        assertThat(CHEAP.verify("sama-saja".toCharArray(), first)).isTrue();
        assertThat(CHEAP.verify("sama-saja".toCharArray(), second)).isTrue();
    }

    @Test
    void theEncodedHashCarriesAlgorithmParametersAndSaltButNotThePassword() {
        String hash = CHEAP.hash("rahasia-perpus".toCharArray());

        assertThat(hash).startsWith("$argon2id$v=19$m=1024,t=1,p=1$").doesNotContain("rahasia");
        assertThat(hash.split("\\$")).hasSize(6);
    }

    @Test
    void aHashMadeWithOtherParametersStillVerifiesAndIsMarkedForRehashing() {
        PasswordHasher stronger = new PasswordHasher(new PasswordHasher.Cost(2048, 2, 1));
        String old = CHEAP.hash("pindah-biaya".toCharArray());

        assertThat(stronger.verify("pindah-biaya".toCharArray(), old)).isTrue();
        assertThat(stronger.needsRehash(old)).isTrue();
        assertThat(stronger.needsRehash(stronger.hash("x".toCharArray()))).isFalse();
    }

    @Test
    void aMalformedOrForeignHashNeverMatches() {
        char[] password = "apa-saja".toCharArray();

        assertThat(CHEAP.verify(password, null)).isFalse();
        assertThat(CHEAP.verify(password, "")).isFalse();
        assertThat(CHEAP.verify(password, "apa-saja")).isFalse();
        assertThat(CHEAP.verify(password, "$2a$10$abcdefghijklmnopqrstuu")).isFalse();
        assertThat(CHEAP.verify(password, "$argon2id$v=19$m=1024,t=1,p=1$!!$??")).isFalse();
    }

    @Test
    void theDefaultCostIsArgon2idWithThirtyTwoMebibytes() {
        PasswordHasher hasher = new PasswordHasher();

        assertThat(hasher.cost()).isEqualTo(new PasswordHasher.Cost(32_768, 3, 1));
        assertThat(hasher.verify("x".toCharArray(), CHEAP.hash("x".toCharArray()))).isTrue();
    }
}
