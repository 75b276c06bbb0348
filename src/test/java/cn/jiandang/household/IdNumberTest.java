package cn.jiandang.household;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bad input: an invalid ID number says which rule of GB 11643 it breaks. */
class IdNumberTest {

    /** GB 11643's own example: 11010519491231002X. */
    static final String VALID_X = "11010519491231002X";

    @Test
    void theStandardsExampleWithAnXCheckCharacterPassesInEitherCase() {
        assertThat(IdNumber.check(VALID_X)).isEmpty();
        assertThat(IdNumber.check(VALID_X.toLowerCase())).isEmpty();
        assertThat(IdNumber.of("11010519491231002x").value()).isEqualTo(VALID_X);
        assertThat(IdNumber.of(VALID_X).isMale()).isFalse();
    }

    @Test
    void eachBrokenRuleIsNamed() {
        assertThat(IdNumber.check("1101051949123100")).contains(IdNumber.Violation.LENGTH);
        assertThat(IdNumber.check(null)).contains(IdNumber.Violation.LENGTH);
        assertThat(IdNumber.check("11010519491231X02X")).contains(IdNumber.Violation.FORMAT);
        assertThat(IdNumber.check(withCheck("99010519491231002"))).contains(IdNumber.Violation.REGION);
        assertThat(IdNumber.check(withCheck("11010519490231002"))).contains(IdNumber.Violation.BIRTH_DATE);
        assertThat(IdNumber.check(withCheck("11010518991231002"))).contains(IdNumber.Violation.BIRTH_DATE);
        assertThat(IdNumber.check("110105194912310021")).contains(IdNumber.Violation.CHECK_DIGIT);
    }

    @Test
    void theExceptionCarriesTheRuleAndItsChineseMessage() {
        assertThatThrownBy(() -> IdNumber.of("110105194912310021"))
                .isInstanceOf(InvalidIdNumberException.class)
                .hasMessage("身份证号码校验位错误")
                .satisfies(e -> assertThat(((InvalidIdNumberException) e).violation())
                        .isEqualTo(IdNumber.Violation.CHECK_DIGIT));
        assertThatThrownBy(() -> IdNumber.of("123")).hasMessageContaining("18位");
        assertThatThrownBy(() -> IdNumber.of(withCheck("99010519491231002"))).hasMessageContaining("省级行政区划代码");
        assertThatThrownBy(() -> IdNumber.of(withCheck("11010519491331002"))).hasMessageContaining("出生日期");
    }

    static String withCheck(String first17) {
        return first17 + IdNumber.checkCharacter(first17);
    }
}
