package id.jalin.agreement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Agreements for tests: a two-party PKS over a period, varied one aspect at a time. */
public final class Agreements {
    private Agreements() {
    }

    public static Party unpad() {
        return Party.member(1L, "Perpustakaan Universitas Padjadjaran", "Dr. Siti Rahmawati", "Kepala Perpustakaan", "Jatinangor");
    }

    public static Party itb() {
        return Party.member(2L, "Perpustakaan Pusat ITB", "Ir. Bambang Setiadi", "Kepala UPT Perpustakaan", "Bandung");
    }

    public static Party bank() {
        return Party.outsideBody("Bank Indonesia Jawa Barat", "Hendra Gunawan", "Kepala Perwakilan", "Bandung");
    }

    public static Agreement pks(LocalDate signed, LocalDate start, LocalDate end) {
        return new Agreement(null, 0, AgreementKind.PKS, new AgreementNumber("001/PKS/FPPTI-JABAR/I/2026", 2026, 1),
                "Perjanjian Kerja Sama Pertukaran Terbitan", "Agreement on the Exchange of Publications",
                SinclairType.A_BILATERAL_EXCHANGE, Set.of(CooperationForm.EXCHANGE_REDISTRIBUTION), signed, start, end,
                Renewal.NONE, null, null, null, "", List.of(unpad(), itb()),
                List.of(new Article(CooperationForm.EXCHANGE_REDISTRIBUTION, "Pertukaran", "Exchange",
                        "Para Pihak saling mempertukarkan terbitan.", "The Parties exchange publications.")),
                List.of());
    }

    public static Agreement withRenewal(Agreement a, Renewal renewal, LocalDate noticeGivenOn) {
        return new Agreement(a.id(), a.version(), a.kind(), a.number(), a.titleId(), a.titleEn(), a.type(), a.forms(),
                a.signedOn(), a.startsOn(), a.endsOn(), renewal, noticeGivenOn, a.termination(), a.previousId(),
                a.notes(), a.parties(), a.articles(), a.obligations());
    }

    public static Agreement withParties(Agreement a, List<Party> parties) {
        return new Agreement(a.id(), a.version(), a.kind(), a.number(), a.titleId(), a.titleEn(), a.type(), a.forms(),
                a.signedOn(), a.startsOn(), a.endsOn(), a.renewal(), a.noticeGivenOn(), a.termination(), a.previousId(),
                a.notes(), parties, a.articles(), a.obligations());
    }

    public static Agreement withNumber(Agreement a, AgreementNumber number) {
        return new Agreement(a.id(), a.version(), a.kind(), number, a.titleId(), a.titleEn(), a.type(), a.forms(),
                a.signedOn(), a.startsOn(), a.endsOn(), a.renewal(), a.noticeGivenOn(), a.termination(), a.previousId(),
                a.notes(), a.parties(), a.articles(), a.obligations());
    }
}
