package cn.jiandang.bench.gen;

import cn.jiandang.household.IdNumber;

import java.time.LocalDate;
import java.util.Random;

/**
 * Names and GB 11643 ID numbers that agree with sex and birth date: address code of the county, birth date, a
 * sequence whose parity is the sex (odd: male), and the check character. Unique within a run: the sequence is a
 * counter per county, birth day and sex (500 of each per county and day, far more than a county needs).
 */
final class People {

    static final LocalDate FIRST_BIRTH = LocalDate.of(1930, 1, 1);
    static final LocalDate LAST_BIRTH = LocalDate.of(2023, 12, 31);
    private static final int DAYS = (int) (LAST_BIRTH.toEpochDay() - FIRST_BIRTH.toEpochDay() + 1);

    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗",
        "梁", "宋", "郑", "谢", "韩", "唐", "冯", "于", "董", "萧", "程", "曹", "袁", "邓", "许", "傅", "沈", "曾", "彭", "吕"
    };
    private static final String[] MALE = {
        "伟", "强", "磊", "军", "勇", "杰", "涛", "斌", "超", "明", "刚", "平", "辉", "建国", "建军", "志强", "国庆", "海涛", "春生", "保国"
    };
    private static final String[] FEMALE = {
        "芳", "娜", "敏", "静", "丽", "艳", "娟", "霞", "秀英", "桂英", "玉兰", "秀兰", "凤英", "丽娟", "红梅", "春花", "海燕", "小红", "雪梅", "淑珍"
    };

    private final short[] counters;
    private final int counties;

    People(int counties) {
        this.counties = counties;
        this.counters = new short[counties * DAYS * 2];
    }

    String name(Random random, String surname, boolean male) {
        return surname + (male ? MALE[random.nextInt(MALE.length)] : FEMALE[random.nextInt(FEMALE.length)]);
    }

    static String surname(Random random) {
        return SURNAMES[random.nextInt(SURNAMES.length)];
    }

    /** A birth date of someone aged between min and max years at the end of 2023. */
    static LocalDate birth(Random random, int minAge, int maxAge) {
        int latest = Math.max(0, (int) (LAST_BIRTH.toEpochDay() - FIRST_BIRTH.toEpochDay()) - minAge * 365);
        int earliest = Math.max(0, (int) (LAST_BIRTH.toEpochDay() - FIRST_BIRTH.toEpochDay()) - maxAge * 365);
        int day = earliest + random.nextInt(Math.max(1, latest - earliest + 1));
        return FIRST_BIRTH.plusDays(day);
    }

    /** A fresh ID number in the county (index into the tree's counties, code its first six digits). */
    String idNumber(int countyIndex, String countyCode6, LocalDate birth, boolean male) {
        int day = (int) (birth.toEpochDay() - FIRST_BIRTH.toEpochDay());
        int slot = (countyIndex * DAYS + day) * 2 + (male ? 1 : 0);
        int n = counters[slot]++;
        if (n >= 500) {
            throw new IllegalStateException("more than 500 people born on " + birth + " in " + countyCode6);
        }
        String first17 =
                countyCode6 + birth.toString().replace("-", "") + String.format("%03d", n * 2 + (male ? 1 : 0));
        return first17 + IdNumber.checkCharacter(first17);
    }

    int counties() {
        return counties;
    }
}
