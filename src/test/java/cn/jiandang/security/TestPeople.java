package cn.jiandang.security;

import cn.jiandang.household.IdNumber;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.Relation;
import cn.jiandang.region.RegionCode;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Valid, unused ID numbers and households for tests that register their own (the demo uses other birth years). */
public final class TestPeople {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 500));

    private TestPeople() {}

    public static String idNumber() {
        int n = NEXT.incrementAndGet();
        String first17 = "130125" + "1901" + String.format("%02d", 1 + n / 900 % 12) + "15"
                + String.format("%03d", n % 900 + 100);
        return first17 + IdNumber.checkCharacter(first17);
    }

    public static NewHousehold household(RegionCode village, String headName) {
        return new NewHousehold(
                village,
                "13812345678",
                false,
                List.of(
                        new NewHousehold.NewMember(headName, idNumber(), Relation.HEAD),
                        new NewHousehold.NewMember("李梅", idNumber(), Relation.SPOUSE)));
    }
}
