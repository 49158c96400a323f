package id.jalin.catalogue.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkMatcherTest {
    private static final long MEMBER_A = 1;
    private static final long MEMBER_B = 2;
    private final WorkMatcher matcher = new WorkMatcher();

    private Optional<WorkMatch> place(RecordBuilder record, long memberId, RecordBuilder placed, long placedMember) {
        return matcher.match(record.keys(), memberId, List.of(new WorkCandidate(7, placedMember, placed.keys())));
    }

    private static RecordBuilder sulistyo() {
        return RecordBuilder.titled("Pengantar ilmu perpustakaan").by("Sulistyo-Basuki").year(1991);
    }

    @Test
    void theSameIsbnWrittenAsTenAndThirteenDigitsMerges() {
        RecordBuilder ten = RecordBuilder.titled("Pemrograman Java").isbn("1930110995");
        RecordBuilder thirteen = RecordBuilder.titled("Java programming").isbn("978-1-930110-99-1");

        assertThat(place(ten, MEMBER_A, thirteen, MEMBER_B)).contains(new WorkMatch(7, MatchRule.ISBN));
    }

    @Test
    void aSharedIssnMergesSerials() {
        RecordBuilder one = RecordBuilder.titled("Jurnal Pustakawan Indonesia").issn("2301-6434");
        RecordBuilder two = RecordBuilder.titled("JPI : jurnal pustakawan Indonesia").issn("23016434");

        assertThat(place(one, MEMBER_A, two, MEMBER_B)).contains(new WorkMatch(7, MatchRule.ISSN));
    }

    @Test
    void twoSerialsWithDifferentIssnsStayApartEvenWithTheSameTitle() {
        RecordBuilder one = RecordBuilder.titled("Jurnal ilmu hukum").issn("2301-6434");
        RecordBuilder two = RecordBuilder.titled("Jurnal ilmu hukum").issn("0126-3188");

        assertThat(place(one, MEMBER_A, two, MEMBER_B)).isEmpty();
    }

    @Test
    void aReprintJoinsTheWorkWithoutEditionStatement() {
        assertThat(place(sulistyo().edition("Cet. 2"), MEMBER_A, sulistyo(), MEMBER_B))
                .contains(new WorkMatch(7, MatchRule.TITLE_KEY));
    }

    @Test
    void twoEditionsOfOneTitleStayApart() {
        assertThat(place(sulistyo().edition("Edisi 2"), MEMBER_A, sulistyo().edition("Edisi 3"), MEMBER_B)).isEmpty();
        assertThat(place(sulistyo().edition("Edisi revisi"), MEMBER_A, sulistyo(), MEMBER_B)).isEmpty();
    }

    @Test
    void caseAndPunctuationAndDiacriticsDoNotKeepOneWorkApart() {
        RecordBuilder one = RecordBuilder.titled("PENGANTAR ILMU PERPUSTAKAAN /").by("Sulistyo-Basuki").year(1991);

        assertThat(place(one, MEMBER_A, sulistyo(), MEMBER_A)).contains(new WorkMatch(7, MatchRule.TITLE_KEY));
    }

    @Test
    void aTranslationHasAnotherTitleAndStaysApart() {
        RecordBuilder original = RecordBuilder.titled("Introduction to information retrieval")
                .by("Manning, Christopher D.").year(2008);
        RecordBuilder translation = RecordBuilder.titled("Pengantar temu kembali informasi")
                .by("Manning, Christopher D.").year(2008);

        assertThat(place(translation, MEMBER_A, original, MEMBER_B)).isEmpty();
    }

    @Test
    void aNearIdenticalTitleOfAnotherMemberMergesAsSimilar() {
        RecordBuilder typo = RecordBuilder.titled("Pengantar ilmu perpustkaan").by("Sulistyo-Basuki").year(1991);

        assertThat(place(typo, MEMBER_A, sulistyo(), MEMBER_B)).contains(new WorkMatch(7, MatchRule.SIMILAR_TITLE));
    }

    @Test
    void aNearIdenticalTitleOfTheSameMemberNeverMergesFuzzily() {
        RecordBuilder typo = RecordBuilder.titled("Pengantar ilmu perpustkaan").by("Sulistyo-Basuki").year(1991);

        assertThat(place(typo, MEMBER_A, sulistyo(), MEMBER_A)).isEmpty();
    }

    @Test
    void conflictingIsbnsKeepNearIdenticalTitlesApart() {
        RecordBuilder one = sulistyo().isbn("9786020332956");
        RecordBuilder two = RecordBuilder.titled("Pengantar ilmu perpustkaan").by("Sulistyo-Basuki").year(1991)
                .isbn("1930110995");

        assertThat(place(one, MEMBER_A, two, MEMBER_B)).isEmpty();
    }

    @Test
    void twoThesesOfOnePatternDifferingInAWordAreTwoWorks() {
        RecordBuilder one = RecordBuilder.titled("Pengaruh disiplin kerja terhadap kinerja pegawai pada PDAM Bantul")
                .by("Prasetyo, Eko").year(2022);
        RecordBuilder two = RecordBuilder.titled("Pengaruh disiplin kerja terhadap kinerja pegawai pada PDAM Sleman")
                .by("Prasetyo, Agus").year(2022);

        assertThat(place(one, MEMBER_A, two, MEMBER_B)).isEmpty();
    }

    @Test
    void wordsSplitOrJoinedAndMisspeltStillMeet() {
        RecordBuilder one = RecordBuilder.titled("Dasar-dasar manajemen perpustakaan sekolah").by("Darmono").year(2001);
        RecordBuilder two = RecordBuilder.titled("Dasardasar manajemen perpustkaan sekolah").by("Darmono").year(2001);

        assertThat(place(one, MEMBER_A, two, MEMBER_B)).contains(new WorkMatch(7, MatchRule.SIMILAR_TITLE));
    }

    @Test
    void aShortTitleNeverMatchesFuzzily() {
        RecordBuilder one = RecordBuilder.titled("Akuntansi biaya").by("Mulyadi").year(2015);
        RecordBuilder two = RecordBuilder.titled("Akuntansi biay").by("Mulyadi").year(2015);

        assertThat(place(one, MEMBER_A, two, MEMBER_B)).isEmpty();
    }

    @Test
    void anotherVolumeIsAnotherWorkThoughItsTitleDiffersByOneLetter() {
        RecordBuilder one = RecordBuilder.titled("Kalkulus dan geometri analitis jilid 1").by("Purcell").year(2003);
        RecordBuilder two = RecordBuilder.titled("Kalkulus dan geometri analitis jilid II").by("Purcell").year(2003);

        assertThat(place(one, MEMBER_A, two, MEMBER_B)).isEmpty();
    }

    @Test
    void aTitleMoreThanATenthAwayIsAnotherWork() {
        RecordBuilder one = RecordBuilder.titled("Manajemen sumber daya manusia").by("Hasibuan").year(2016);
        RecordBuilder two = RecordBuilder.titled("Manajemen sumber daya alam").by("Hasibuan").year(2016);

        assertThat(place(one, MEMBER_A, two, MEMBER_B)).isEmpty();
    }

    @Test
    void theSameTitleByAnotherAuthorIsAnotherWork() {
        RecordBuilder one = RecordBuilder.titled("Metodologi penelitian").by("Sugiyono").year(2010);
        RecordBuilder two = RecordBuilder.titled("Metodologi penelitian").by("Arikunto, Suharsimi").year(2010);

        assertThat(place(one, MEMBER_A, two, MEMBER_B)).isEmpty();
    }

    @Test
    void theSameMembersTwoRecordsOfOneBookMergeOnTheirIsbn() {
        RecordBuilder one = RecordBuilder.titled("Hujan").by("Liye, Tere").year(2016).isbn("9786020324784");
        RecordBuilder two = RecordBuilder.titled("Hujan : novel").by("Tere Liye").year(2017).isbn("602-03-2478-8");

        assertThat(place(one, MEMBER_A, two, MEMBER_A)).contains(new WorkMatch(7, MatchRule.ISBN));
    }

    @Test
    void amongSeveralCandidatesTheStrongestRuleThenTheLowestWorkWins() {
        MatchKeys record = sulistyo().isbn("1930110995").keys();
        List<WorkCandidate> candidates = List.of(
                new WorkCandidate(3, MEMBER_B, sulistyo().keys()),
                new WorkCandidate(9, MEMBER_B, RecordBuilder.titled("Other").isbn("9781930110991").keys()),
                new WorkCandidate(5, MEMBER_B, RecordBuilder.titled("Again").isbn("9781930110991").keys()),
                new WorkCandidate(1, MEMBER_B,
                        RecordBuilder.titled("Pengantar ilmu perpustkaan").by("Sulistyo-Basuki").year(1991).keys()));

        assertThat(matcher.match(record, MEMBER_A, candidates)).contains(new WorkMatch(5, MatchRule.ISBN));
        assertThat(matcher.match(sulistyo().keys(), MEMBER_A, candidates.subList(0, 1)))
                .contains(new WorkMatch(3, MatchRule.TITLE_KEY));
        assertThat(matcher.match(sulistyo().keys(), MEMBER_A, List.of())).isEmpty();
    }
}
