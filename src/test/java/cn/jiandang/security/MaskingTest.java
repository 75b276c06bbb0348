package cn.jiandang.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The one masking function: numbers inside any text, nothing else touched. */
class MaskingTest {

    @Test
    void everyIdAndPhoneNumberInAnyTextIsMasked() {
        String text = "{\"members\":{\"13012519800514307X\":{\"name\":\"马铁柱\"}},\"contactPhone\":\"13489207822\","
                + "\"other\":\"+86 13912345678\",\"landline\":\"0311-86012345\"}";
        String masked = Masking.text(text);
        assertThat(masked)
                .contains("1301**********307X", "134****7822", "031******2345", "马铁柱")
                .doesNotContain("13012519800514307X", "13489207822", "13912345678", "86012345");
        assertThat(Masking.containsPersonalNumber(masked)).isFalse();
        assertThat(Masking.containsPersonalNumber(text)).isTrue();
    }

    @Test
    void regionCodesTimestampsAndIdsAreNoPersonalNumbers() {
        String text = "village 130125100201 at 1764923456789 request 5477d401-f08d-11f1-94ce-02fc00000001 case 42";
        assertThat(Masking.text(text)).isEqualTo(text);
        assertThat(Masking.containsPersonalNumber(text)).isFalse();
        // part of a longer number is no ID number either
        assertThat(Masking.text("1301251980051430771")).isEqualTo("1301251980051430771");
    }

    @Test
    void nullAndShortValuesStayAsTheyAre() {
        assertThat(Masking.text(null)).isNull();
        assertThat(Masking.text("短")).isEqualTo("短");
        assertThat(Masking.idNumber("130125198005143077")).isEqualTo("1301**********3077");
        assertThat(Masking.phone("13489207822")).isEqualTo("134****7822");
    }
}
