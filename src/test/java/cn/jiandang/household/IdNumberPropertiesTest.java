package cn.jiandang.household;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * R16 / GB 11643 as properties. ISO 7064 MOD 11-2 detects every single-character substitution: changing digit
 * d at position i (weight w, 1 ≤ w ≤ 10) to d' changes the weighted sum by w·(d'−d), never a multiple of 11;
 * putting X among the first 17 breaks the format; changing the check character breaks the check. So the precise
 * property is: for every valid number, every position and every other character of the alphabet 0-9X, the
 * changed number is refused (whatever rule refuses it first: format, province, birth date or check digit).
 */
class IdNumberPropertiesTest {

    private static final String ALPHABET = "0123456789X";
    private static final String[] PROVINCES = {
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37", "41", "42", "43",
        "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82"
    };

    @Property(tries = 2000)
    void everyGeneratedValidNumberPasses(@ForAll("validNumbers") String number) {
        assertThat(IdNumber.check(number)).isEmpty();
        assertThat(IdNumber.check(number.toLowerCase()))
                .as("x check character in lower case")
                .isEmpty();
        assertThat(IdNumber.of(number.toLowerCase()).value()).isEqualTo(number);
    }

    @Property(tries = 2000)
    void everySingleCharacterChangeFails(
            @ForAll("validNumbers") String number,
            @ForAll @IntRange(min = 0, max = 17) int position,
            @ForAll @IntRange(min = 1, max = 10) int shift) {
        char original = number.charAt(position);
        char replacement = ALPHABET.charAt((ALPHABET.indexOf(original) + shift) % ALPHABET.length());
        String changed = number.substring(0, position) + replacement + number.substring(position + 1);
        assertThat(changed).isNotEqualTo(number);
        assertThat(IdNumber.check(changed)).as("%s → %s", number, changed).isPresent();
    }

    @Property(tries = 500)
    void everyDeletionOrInsertionFailsOnLength(
            @ForAll("validNumbers") String number, @ForAll @IntRange(min = 0, max = 17) int position) {
        String shorter = number.substring(0, position) + number.substring(position + 1);
        String longer = number.substring(0, position) + "0" + number.substring(position);
        assertThat(IdNumber.check(shorter)).contains(IdNumber.Violation.LENGTH);
        assertThat(IdNumber.check(longer)).contains(IdNumber.Violation.LENGTH);
    }

    @Property(tries = 500)
    void theSexAndBirthDateAreReadFromTheNumber(@ForAll("validNumbers") String number) {
        IdNumber id = IdNumber.of(number);
        assertThat(id.birthDate().toString().replace("-", "")).isEqualTo(number.substring(6, 14));
        assertThat(id.isMale()).isEqualTo((number.charAt(16) - '0') % 2 == 1);
    }

    @Provide
    Arbitrary<String> validNumbers() {
        Arbitrary<String> province = Arbitraries.of(PROVINCES);
        Arbitrary<String> area = Arbitraries.strings().numeric().ofLength(4);
        Arbitrary<LocalDate> birth = Arbitraries.longs()
                .between(
                        LocalDate.of(1900, 1, 1).toEpochDay(),
                        LocalDate.of(2020, 12, 31).toEpochDay())
                .map(LocalDate::ofEpochDay);
        Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
        return Combinators.combine(province, area, birth, sequence).as((p, a, b, s) -> {
            String first17 = p + a + b.toString().replace("-", "") + s;
            return first17 + IdNumber.checkCharacter(first17);
        });
    }
}
