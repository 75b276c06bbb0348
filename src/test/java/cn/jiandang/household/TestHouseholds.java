package cn.jiandang.household;

import cn.jiandang.region.RegionCode;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Registers a fresh ordinary household (no category) for a test, so tests never compete for demo data. */
public final class TestHouseholds {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private TestHouseholds() {
    }

    /** A valid, unused ID number: born in 2019 (the demo seeder has none) in the area of the village, sequence from a counter. */
    public static String idNumber(RegionCode village) {
        int n = SEQUENCE.incrementAndGet();
        // the demo seeder uses birth years before 2019; tests use 1880 + day-of-year and a sequence from n
        String first17 = village.value().substring(0, 6) + String.format("2019%02d%02d", 1 + n / 1000 % 12, 1 + n / 12000 % 28)
                + String.format("%03d", n % 1000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    public static long register(HouseholdService households, RegionCode village) {
        return households.register(new NewHousehold(village, "13800000000", false,
                List.of(new NewHousehold.NewMember("测试户主" + SEQUENCE.get(), idNumber(village), Relation.HEAD))));
    }
}
