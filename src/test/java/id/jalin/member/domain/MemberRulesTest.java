package id.jalin.member.domain;

import static org.assertj.core.api.Assertions.assertThat;

import id.jalin.kernel.money.Money;
import id.jalin.kernel.validation.FieldError;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MemberRulesTest {
    static Library library(String code, String name, String email, String phone, long dues) {
        return new Library(null, 0, code, name, "", LibraryKind.UNIVERSITY, "", "Bandung", "Jawa Barat", phone, email,
                "", LocalDate.of(2015, 1, 5), MemberStatus.ACTIVE, "A", Money.of(dues), 1000, "");
    }

    @Test
    void aCompleteLibraryIsValid() {
        assertThat(MemberRules.validate(Member.of(library("UNPAD", "Perpustakaan Unpad", "perpus@unpad.ac.id",
                "(022) 842-88888", 2_500_000))).isValid()).isTrue();
    }

    @Test
    void codeAndNameAreRequired() {
        var validation = MemberRules.validate(Member.of(library("", " ", "", "", 0)));
        assertThat(validation.errors()).extracting(FieldError::field).contains("code", "name");
    }

    @Test
    void codeIsUpperCasedAndMustBeShortLettersDigitsOrHyphens() {
        assertThat(library("unpad", "x", "", "", 0).code()).isEqualTo("UNPAD");
        assertThat(MemberRules.validateLibrary(library("UN PAD", "x", "", "", 0)).errorFor("code")).isPresent();
        assertThat(MemberRules.validateLibrary(library("A".repeat(21), "x", "", "", 0)).errorFor("code")).isPresent();
        assertThat(MemberRules.validateLibrary(library("POLBAN-2", "x", "", "", 0)).errorFor("code")).isEmpty();
    }

    @Test
    void emailMustHaveAnAtAndADomain() {
        assertThat(MemberRules.validateLibrary(library("A", "x", "perpus.unpad.ac.id", "", 0)).errorFor("email"))
                .hasValueSatisfying(error -> assertThat(error.messageKey()).isEqualTo("member.error.email.shape"));
        assertThat(MemberRules.validateLibrary(library("A", "x", "perpus@unpad", "", 0)).errorFor("email")).isPresent();
    }

    @Test
    void phoneIsDigitsWithTheUsualSeparators() {
        assertThat(MemberRules.validateLibrary(library("A", "x", "", "+62 22 2503271", 0)).errorFor("phone")).isEmpty();
        assertThat(MemberRules.validateLibrary(library("A", "x", "", "0812-2233-4455", 0)).errorFor("phone")).isEmpty();
        assertThat(MemberRules.validateLibrary(library("A", "x", "", "call me", 0)).errorFor("phone")).isPresent();
        assertThat(MemberRules.validateLibrary(library("A", "x", "", "123", 0)).errorFor("phone")).isPresent();
    }

    @Test
    void duesMayBeZeroButNotNegative() {
        assertThat(MemberRules.validateLibrary(library("A", "x", "", "", 0)).errorFor("yearlyDues")).isEmpty();
        assertThat(MemberRules.validateLibrary(library("A", "x", "", "", -1)).errorFor("yearlyDues")).isPresent();
    }

    @Test
    void staffNeedNamesThatAreUniqueWithinTheLibrary() {
        var member = new Member(library("A", "x", "", "", 0), List.of(
                StaffMember.newStaff("Siti", "", "", "", ForumRole.NONE),
                StaffMember.newStaff("siti", "", "", "", ForumRole.NONE),
                StaffMember.newStaff("", "Pustakawan", "", "", ForumRole.NONE)));
        assertThat(MemberRules.validate(member).errors()).extracting(FieldError::messageKey)
                .containsExactlyInAnyOrder("member.error.staffName.duplicate", "member.error.staffName.required");
    }

    private static Library withCatalogue(String url, CatalogueServerKind kind) {
        return library("UNPAD", "Perpustakaan Unpad", "", "", 0).withCatalogue(new CatalogueAddress(url, kind));
    }

    @Test
    void noCatalogueAddressAtAllIsFine() {
        assertThat(MemberRules.validateLibrary(withCatalogue("  ", null)).isValid()).isTrue();
        assertThat(library("A", "x", "", "", 0).catalogue()).isEqualTo(CatalogueAddress.NONE);
        assertThat(CatalogueAddress.NONE.isSet()).isFalse();
    }

    @Test
    void anHttpsBaseAddressWithItsKindIsAccepted() {
        assertThat(MemberRules.validateLibrary(withCatalogue("https://lib.unpad.ac.id/cgi-bin/koha/oai.pl",
                CatalogueServerKind.KOHA)).isValid()).isTrue();
        assertThat(MemberRules.validateLibrary(withCatalogue(" http://perpus.itb.ac.id/slims/ ",
                CatalogueServerKind.SLIMS)).isValid()).isTrue();
        assertThat(withCatalogue(" http://perpus.itb.ac.id/slims/ ", CatalogueServerKind.SLIMS).catalogue().url())
                .isEqualTo("http://perpus.itb.ac.id/slims/");
    }

    @Test
    void anAddressWithoutAKindIsRefusedAtTheKind() {
        var validation = MemberRules.validateLibrary(withCatalogue("https://lib.unpad.ac.id/cgi-bin/koha/oai.pl",
                null));
        assertThat(validation.errors()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("catalogueKind",
                        "member.catalogue.error.kind.required"));
    }

    @Test
    void aKindWithoutAnAddressIsRefusedAtTheAddress() {
        var validation = MemberRules.validateLibrary(withCatalogue("", CatalogueServerKind.DSPACE));
        assertThat(validation.errors()).extracting(FieldError::field, FieldError::messageKey)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("catalogueUrl",
                        "member.catalogue.error.url.required"));
    }

    @Test
    void onlyAbsoluteHttpOrHttpsAddressesWithAHostCanBeHarvested() {
        for (String bad : List.of("ftp://lib.unpad.ac.id/oai", "lib.unpad.ac.id/cgi-bin/koha/oai.pl",
                "/cgi-bin/koha/oai.pl", "https:///oai.pl", "https://lib unpad.ac.id/oai.pl", "mailto:perpus@unpad.ac.id")) {
            assertThat(MemberRules.validateLibrary(withCatalogue(bad, CatalogueServerKind.KOHA)).errorFor("catalogueUrl"))
                    .as(bad).hasValueSatisfying(error -> {
                        assertThat(error.messageKey()).isEqualTo("member.catalogue.error.url.shape");
                        assertThat(error.args()).containsExactly(bad);
                    });
        }
    }

    @Test
    void anAddressLongerThanItsColumnIsRefused() {
        String tooLong = "https://lib.unpad.ac.id/" + "a".repeat(MemberRules.MAX_CATALOGUE_URL_LENGTH);
        assertThat(MemberRules.validateLibrary(withCatalogue(tooLong, CatalogueServerKind.KOHA)).errorFor("catalogueUrl"))
                .hasValueSatisfying(error -> assertThat(error.messageKey()).isEqualTo("member.catalogue.error.url.length"));
    }
}
