package cn.jiandang;

import cn.jiandang.household.Category;
import cn.jiandang.household.CategoryChangeRequest;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.SystemActor;
import org.springframework.security.core.context.SecurityContextHolder;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Fresh households for tests that must not compete for the few demo households of a category. */
public final class TestHouseholds {

    /** 365,000 numbers (ten years of birth days, sequences 900–999), from a random place in each JVM. */
    private static final int SPACE = 3650 * 100;

    /**
     * Starts at random: a JVM that always started at 0 repeated the numbers of the previous run, and tests run again
     * on a kept database (not CI's fresh one) failed on "already in a household".
     */
    private static final AtomicInteger NEXT =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(SPACE));

    private TestHouseholds() {}

    /** A valid, unused ID number (born in the 1970s, sequence 9xx so it never meets the demo data). */
    public static String newIdNumber() {
        int n = Math.floorMod(NEXT.incrementAndGet(), SPACE);
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(n % 3650);
        String first17 = "130125" + birth.toString().replace("-", "") + String.format("%03d", 900 + n / 3650 % 100);
        return first17 + IdNumber.checkCharacter(first17);
    }

    /**
     * Registers a two-person household in the village, in the given category (null: none): as the officer logged in,
     * or as the system (like the demo seeder) when nobody is.
     */
    public static long register(HouseholdService households, String village, Category category) {
        return SecurityContextHolder.getContext().getAuthentication() == null
                ? SystemActor.call(() -> registerAsLoggedIn(households, village, category))
                : registerAsLoggedIn(households, village, category);
    }

    private static long registerAsLoggedIn(HouseholdService households, String village, Category category) {
        long id = households.register(new NewHousehold(
                RegionCode.of(village),
                "13800000000",
                false,
                List.of(
                        new NewHousehold.NewMember("测试户主", newIdNumber(), Relation.HEAD),
                        new NewHousehold.NewMember("测试配偶", newIdNumber(), Relation.SPOUSE))));
        if (category == Category.EXITED || category == Category.MONITORED || category == Category.RETURNED) {
            change(households, id, Category.POOR, PovertyFactor.ILLNESS);
            change(households, id, Category.EXITED, null);
        }
        if (category != null && category != Category.EXITED) {
            change(
                    households,
                    id,
                    category,
                    category.isMonitoringObject() ? PovertyFactor.HIGH_EXPENSES : PovertyFactor.ILLNESS);
        }
        return id;
    }

    private static void change(HouseholdService households, long id, Category to, PovertyFactor factor) {
        households.changeCategory(new CategoryChangeRequest(
                id, to, YearMonth.of(2020, 3), factor == null ? Set.of() : Set.of(factor), "test", "TEST", null));
    }
}
