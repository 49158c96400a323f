package id.jalin.kernel.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    private static List<String> sorted(String... codes) {
        List<String> list = new ArrayList<>(List.of(codes));
        list.sort(NaturalOrder.INSTANCE);
        return list;
    }

    @Test
    void numbersSortByValueNotByCharacter() {
        assertThat(sorted("10", "2", "1", "21", "100")).containsExactly("1", "2", "10", "21", "100");
    }

    @Test
    void codesWithNumbersInsideSortByTheirNumbers() {
        assertThat(sorted("001/PKS-FPPTI/X/2025", "010/PKS-FPPTI/X/2025", "002/PKS-FPPTI/X/2025",
                "PKS-10", "PKS-9", "pks-11"))
                .containsExactly("001/PKS-FPPTI/X/2025", "002/PKS-FPPTI/X/2025", "010/PKS-FPPTI/X/2025",
                        "PKS-9", "PKS-10", "pks-11");
    }

    @Test
    void lettersIgnoreCaseAndShorterPrefixComesFirst() {
        assertThat(sorted("UPI-2", "itb", "ITB-1", "Unpad")).containsExactly("itb", "ITB-1", "Unpad", "UPI-2");
    }

    @Test
    void leadingZerosAndVeryLongNumbersStillGiveATotalOrder() {
        assertThat(NaturalOrder.INSTANCE.compare("007", "7")).isNotZero()
                .isEqualTo(-NaturalOrder.INSTANCE.compare("7", "007"));
        assertThat(sorted("70010001234567890123", "9")).containsExactly("9", "70010001234567890123");
    }
}
