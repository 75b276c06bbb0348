package cn.jiandang.demo;

import cn.jiandang.household.Category;
import cn.jiandang.household.CategoryChangeRequest;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeds the demo province on first start (an empty region table); a second start keeps what is there.
 * Deterministic: the same seed gives the same households, so screenshots and tests are stable.
 */
@Component
@ConditionalOnProperty(name = "jiandang.demo.enabled", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    /** No category first: an ordinary rural household that identification may still take in. */
    private static final Category[] CYCLE = {null, Category.POOR, Category.EXITED, Category.RETURNED,
            Category.NEWLY_POOR, Category.MONITORED, Category.MARGINAL};

    private final RegionService regions;
    private final HouseholdService households;
    private final TransactionTemplate tx;

    DemoDataSeeder(RegionService regions, HouseholdService households, TransactionTemplate tx) {
        this.regions = regions;
        this.households = households;
        this.tx = tx;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!regions.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        int count = tx.execute(status -> seed());
        log.info("Demo province seeded: {} regions, {} households in {} ms", DemoProvince.REGIONS.size(), count,
                (System.nanoTime() - started) / 1_000_000);
    }

    private int seed() {
        DemoProvince.REGIONS.forEach(p -> regions.create(RegionCode.of(p.code()), p.name(), p.deepPoverty()));
        Random random = new Random(20200501L);
        Set<String> usedIds = new HashSet<>();
        int count = 0;
        for (DemoProvince.Place place : DemoProvince.REGIONS) {
            RegionCode village = RegionCode.of(place.code());
            if (village.level() != RegionLevel.VILLAGE) {
                continue;
            }
            for (int i = 0; i < DemoProvince.HOUSEHOLDS_PER_VILLAGE; i++) {
                long id = households.register(household(village, random, usedIds));
                Category category = CYCLE[i % CYCLE.length];
                if (category != null) {
                    history(id, category, random);
                }
                count++;
            }
        }
        return count;
    }

    private void history(long id, Category category, Random random) {
        YearMonth registered = YearMonth.of(2014 + random.nextInt(3), 1 + random.nextInt(12));
        boolean wasPoorFirst = category == Category.EXITED || category == Category.RETURNED
                || category == Category.MONITORED;
        if (wasPoorFirst) {
            change(id, Category.POOR, registered, factors(Category.POOR, random));
            change(id, Category.EXITED, null, Set.of());
        }
        if (category != Category.EXITED) {
            YearMonth month = category == Category.POOR ? registered : YearMonth.of(2020, 1 + random.nextInt(4));
            change(id, category, month, factors(category, random));
        }
    }

    private void change(long id, Category to, YearMonth month, Set<PovertyFactor> factors) {
        households.changeCategory(new CategoryChangeRequest(id, to, month, factors, "system", "MIGRATION", null));
    }

    private static Set<PovertyFactor> factors(Category category, Random random) {
        List<PovertyFactor> pool = new ArrayList<>();
        for (PovertyFactor f : PovertyFactor.values()) {
            if (category.isMonitoringObject() || f.isCause()) {
                pool.add(f);
            }
        }
        Set<PovertyFactor> chosen = EnumSet.noneOf(PovertyFactor.class);
        chosen.add(random.nextInt(4) == 0 ? PovertyFactor.EPIDEMIC : pool.get(random.nextInt(pool.size())));
        if (random.nextBoolean()) {
            chosen.add(pool.get(random.nextInt(pool.size())));
        }
        return chosen;
    }

    private static NewHousehold household(RegionCode village, Random random, Set<String> usedIds) {
        String surname = pick(DemoProvince.SURNAMES, random);
        String area = village.value().substring(0, 6);
        List<NewHousehold.NewMember> members = new ArrayList<>();
        int headYear = 1945 + random.nextInt(45);
        members.add(member(surname + pick(DemoProvince.GIVEN_MALE, random), area, headYear, true, Relation.HEAD,
                random, usedIds));
        int size = 1 + random.nextInt(5);
        if (size > 1) {
            members.add(member(pick(DemoProvince.SURNAMES, random) + pick(DemoProvince.GIVEN_FEMALE, random), area,
                    headYear + random.nextInt(4), false, Relation.SPOUSE, random, usedIds));
        }
        for (int i = 2; i < size; i++) {
            boolean male = random.nextBoolean();
            members.add(member(surname + pick(male ? DemoProvince.GIVEN_MALE : DemoProvince.GIVEN_FEMALE, random),
                    area, Math.min(headYear + 20 + random.nextInt(10), 2018), male, Relation.CHILD, random, usedIds));
        }
        String phone = "1" + (3 + random.nextInt(6)) + String.format("%09d", random.nextInt(1_000_000_000));
        return new NewHousehold(village, phone, random.nextInt(3) == 0, members);
    }

    private static NewHousehold.NewMember member(String name, String area, int year, boolean male, Relation relation,
                                                 Random random, Set<String> usedIds) {
        String id;
        do {
            LocalDate birth = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
            String first17 = area + birth.toString().replace("-", "") + String.format("%03d", sequence);
            id = first17 + IdNumber.checkCharacter(first17);
        } while (!usedIds.add(id));
        return new NewHousehold.NewMember(name, id, relation);
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
