package cn.jiandang.demo;

import cn.jiandang.household.Category;
import cn.jiandang.household.CategoryChangeRequest;
import cn.jiandang.household.Coordinates;
import cn.jiandang.household.Education;
import cn.jiandang.household.Health;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.IncomeRecord;
import cn.jiandang.household.NaturalChangeKind;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.household.Relation;
import cn.jiandang.household.Relocation;
import cn.jiandang.household.WorkingAbility;
import cn.jiandang.household.adjustment.VillageAdjustmentService;
import cn.jiandang.household.basedata.BaseDataService;
import cn.jiandang.household.naturalchange.NaturalChangeRequest;
import cn.jiandang.household.naturalchange.NaturalChangeService;
import cn.jiandang.household.project.ProjectService;
import cn.jiandang.region.RegionAdjustment;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionLevel;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.SystemActor;
import cn.jiandang.villageexit.PoorVillages;
import jakarta.persistence.EntityManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Seeds the demo province on first start (an empty region table); a second start keeps what is there. The whole
 * province is one transaction: a first start interrupted while seeding leaves nothing behind, so the next start finds
 * an empty region table and seeds it all again (a partial province would never be completed).
 * Deterministic: the same seed gives the same households, so screenshots and tests are stable. Runs after
 * {@code functionopening.FunctionOpeningDemoSeeder} ({@code @Order(1)}), which opens the demo province's functions:
 * the natural changes, incomes and relocations seeded here pass the R12 gate like any officer's, with no bypass.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "jiandang.demo.enabled", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);
    /** No category first: an ordinary rural household that identification may still take in. */
    private static final Category[] CYCLE = {
        null,
        Category.POOR,
        Category.EXITED,
        Category.RETURNED,
        Category.NEWLY_POOR,
        Category.MONITORED,
        Category.MARGINAL
    };

    private final RegionService regions;
    private final HouseholdService households;
    private final NaturalChangeService naturalChanges;
    private final BaseDataService baseData;
    private final VillageAdjustmentService adjustments;
    private final ProjectService projects;
    private final PoorVillages poorVillages;
    private final TransactionTemplate tx;
    private final EntityManager entityManager;

    DemoDataSeeder(
            RegionService regions,
            HouseholdService households,
            NaturalChangeService naturalChanges,
            BaseDataService baseData,
            VillageAdjustmentService adjustments,
            ProjectService projects,
            PoorVillages poorVillages,
            TransactionTemplate tx,
            EntityManager entityManager) {
        this.regions = regions;
        this.households = households;
        this.naturalChanges = naturalChanges;
        this.baseData = baseData;
        this.adjustments = adjustments;
        this.projects = projects;
        this.poorVillages = poorVillages;
        this.tx = tx;
        this.entityManager = entityManager;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!regions.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        int count = seed(DemoProvince.HEBEI, village -> log.debug("Demo village {} seeded", village));
        log.info(
                "Demo province seeded: {} regions, {} households in {} ms",
                DemoProvince.REGIONS.size() + 1,
                count,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Seeds the layout in one transaction (joining the caller's, if any), as the system ({@link SystemActor}, the
     * centre's national account: every write passes the same checks as an officer's); {@code afterVillage} hears of
     * each village once its households are written (still uncommitted). Returns the households seeded.
     */
    int seed(DemoProvince.Layout layout, Consumer<RegionCode> afterVillage) {
        return SystemActor.call(() -> tx.execute(status -> seedAll(layout, afterVillage)));
    }

    /** One transaction; the persistence context is emptied after each village, so seeding stays fast. */
    private int seedAll(DemoProvince.Layout layout, Consumer<RegionCode> afterVillage) {
        RegionCode site = RegionCode.of(DemoProvince.SITE);
        layout.places().forEach(p -> regions.create(RegionCode.of(p.code()), p.name(), p.deepPoverty()));
        if (layout.withHistory()) {
            adjustments.rename(
                    RegionCode.of(DemoProvince.RENAMED_TOWNSHIP),
                    DemoProvince.RENAMED_TOWNSHIP_NAME,
                    DemoProvince.RENAMED_ON,
                    RegionAdjustment.RENAMED);
            adjustments.createVillage(site, DemoProvince.SITE_TEMPORARY_NAME, DemoProvince.SITE_OPENED, true);
        }
        layout.poorVillages().forEach(v -> poorVillages.markPoorVillage(RegionCode.of(v), true));
        Random random = new Random(20200501L);
        Set<String> usedIds = new HashSet<>();
        Map<String, List<Long>> beneficiariesByCounty = new TreeMap<>();
        List<Long> relocated = new ArrayList<>();
        int count = 0;
        int villageIndex = 0;
        for (DemoProvince.Place place : layout.places()) {
            RegionCode village = RegionCode.of(place.code());
            if (village.level() != RegionLevel.VILLAGE) {
                continue;
            }
            villageIndex++;
            count += seedVillage(layout, village, villageIndex, random, usedIds, beneficiariesByCounty, relocated);
            entityManager.flush();
            entityManager.clear();
            afterVillage.accept(village);
        }
        finish(layout, site, relocated, beneficiariesByCounty);
        return count;
    }

    private int seedVillage(
            DemoProvince.Layout layout,
            RegionCode village,
            int villageIndex,
            Random random,
            Set<String> usedIds,
            Map<String, List<Long>> beneficiariesByCounty,
            List<Long> relocated) {
        for (int i = 0; i < layout.householdsPerVillage(); i++) {
            NewHousehold request = household(village, random, usedIds);
            long id = households.register(request);
            Category category = CYCLE[i % CYCLE.length];
            if (category != null) {
                history(id, category, random);
                incomes(id, category, request.members().size(), random);
                if (category != Category.MARGINAL && i % 3 == 1) {
                    beneficiariesByCounty
                            .computeIfAbsent(village.value().substring(0, 6), k -> new ArrayList<>())
                            .add(id);
                }
            }
            if (i == 3 || i == 6 || i == 12 || i == 20) {
                naturalChange(id, request, (villageIndex + i) % 4, village, random, usedIds);
            }
            if (layout.withHistory() && village.value().startsWith("130126100") && (i == 1 || i == 8)) {
                relocate(id, random);
                relocated.add(id);
            }
        }
        return layout.householdsPerVillage();
    }

    private void finish(
            DemoProvince.Layout layout,
            RegionCode site,
            List<Long> relocated,
            Map<String, List<Long>> beneficiariesByCounty) {
        if (layout.withHistory()) {
            adjustments.moveHouseholds(relocated, site, DemoProvince.RELOCATED_ON);
            adjustments.rename(
                    site, DemoProvince.SITE_NAME, DemoProvince.SITE_NAMED, RegionAdjustment.TEMPORARY_NAME_REPLACED);
        }
        beneficiariesByCounty.forEach((county, ids) -> {
            for (int p = 0; p < DemoProvince.PROJECTS.size(); p++) {
                List<Long> share = ids.subList(p * ids.size() / 3, (p + 1) * ids.size() / 3);
                projects.create(RegionCode.of(county + "000000"), DemoProvince.PROJECTS.get(p), 2019 + p % 2, share);
            }
        });
    }

    private void history(long id, Category category, Random random) {
        YearMonth registered = YearMonth.of(2014 + random.nextInt(3), 1 + random.nextInt(12));
        boolean wasPoorFirst =
                category == Category.EXITED || category == Category.RETURNED || category == Category.MONITORED;
        if (wasPoorFirst) {
            change(id, Category.POOR, registered, factors(Category.POOR, random));
            change(id, Category.EXITED, null, Set.of());
        }
        if (category != Category.EXITED) {
            YearMonth month = category == Category.POOR ? registered : YearMonth.of(2020, 1 + random.nextInt(4));
            boolean lateIn2019 =
                    (category == Category.NEWLY_POOR || category == Category.RETURNED) && random.nextInt(3) == 0;
            if (lateIn2019) {
                // identified in October–December 2019: the months R7 corrects to September 2019
                month = YearMonth.of(2019, 10 + random.nextInt(3));
            }
            change(id, category, month, factors(category, random));
        }
    }

    private void change(long id, Category to, YearMonth month, Set<PovertyFactor> factors) {
        households.changeCategory(new CategoryChangeRequest(id, to, month, factors, "system", "MIGRATION", null));
    }

    /** Incomes of 2019 and 2020: per-capita below the 2020 line (4000 yuan) for most poor households, above for most others. */
    private void incomes(long id, Category category, int size, Random random) {
        boolean poor = category == Category.POOR || category == Category.NEWLY_POOR || category == Category.RETURNED;
        List<IncomeRecord> records = new ArrayList<>();
        for (int year = 2019; year <= 2020; year++) {
            int perCapita = poor ? 2500 + random.nextInt(2200) : 3600 + random.nextInt(5400);
            BigDecimal net = BigDecimal.valueOf((long) perCapita * size * 100 + random.nextInt(100), 2);
            records.add(new IncomeRecord(
                    year,
                    share(net, "0.50"),
                    share(net, "0.35"),
                    share(net, "0.02"),
                    share(net, "0.18"),
                    share(net, "0.05")));
        }
        baseData.recordIncomes(id, records);
    }

    private static BigDecimal share(BigDecimal net, String fraction) {
        return net.multiply(new BigDecimal(fraction)).setScale(2, RoundingMode.HALF_UP);
    }

    /** Natural changes, some in October–December 2019 so that R7 has work, for every category alike (R11). */
    private void naturalChange(
            long id, NewHousehold h, int variant, RegionCode village, Random random, Set<String> usedIds) {
        String area = village.value().substring(0, 6);
        String surname = h.members().get(0).name().substring(0, 1);
        switch (variant) {
            case 0 -> { // born in November 2019, marked November: kept by R7
                LocalDate birth = LocalDate.of(2019, 11, 1 + random.nextInt(28));
                naturalChanges.record(new NaturalChangeRequest(
                        id,
                        NaturalChangeKind.BIRTH,
                        YearMonth.of(2019, 11),
                        newborn(surname, area, birth, random, usedIds)));
            }
            case 1 -> { // born in August 2019, marked late in October: corrected to September by R7
                LocalDate birth = LocalDate.of(2019, 8, 1 + random.nextInt(28));
                naturalChanges.record(new NaturalChangeRequest(
                        id,
                        NaturalChangeKind.BIRTH,
                        YearMonth.of(2019, 10),
                        newborn(surname, area, birth, random, usedIds)));
            }
            case 2 -> { // the head's parent or another member died in December 2019; corrected by R7
                NewHousehold.NewMember leaving = h.members().get(h.members().size() - 1);
                naturalChanges.record(new NaturalChangeRequest(
                        id,
                        h.members().size() > 1 ? NaturalChangeKind.DEATH : NaturalChangeKind.OTHER_OUT,
                        YearMonth.of(2019, 12),
                        leaving));
            }
            default -> { // a spouse married in, March 2020
                NewHousehold.NewMember spouse = member(
                        pick(DemoProvince.SURNAMES, random) + pick(DemoProvince.GIVEN_FEMALE, random),
                        area,
                        1992 + random.nextInt(6),
                        false,
                        Relation.OTHER,
                        random,
                        usedIds);
                naturalChanges.record(
                        new NaturalChangeRequest(id, NaturalChangeKind.MARRIAGE_IN, YearMonth.of(2020, 3), spouse));
            }
        }
    }

    private static NewHousehold.NewMember newborn(
            String surname, String area, LocalDate birth, Random random, Set<String> usedIds) {
        boolean male = random.nextBoolean();
        String id = idNumber(area, birth, male, random, usedIds);
        return new NewHousehold.NewMember(
                surname + pick(male ? DemoProvince.GIVEN_MALE : DemoProvince.GIVEN_FEMALE, random),
                id,
                Relation.GRANDCHILD,
                null,
                null,
                "汉族",
                Education.PRESCHOOL,
                Health.HEALTHY,
                WorkingAbility.NONE,
                false);
    }

    /** R9: a household moved from the mountains to the resettlement site keeps both positions. */
    private void relocate(long id, Random random) {
        Coordinates before =
                new Coordinates(degrees(DemoProvince.MOUNTAIN[0], random), degrees(DemoProvince.MOUNTAIN[1], random));
        Coordinates after = new Coordinates(
                degrees(DemoProvince.SITE_POSITION[0], random), degrees(DemoProvince.SITE_POSITION[1], random));
        baseData.relocate(id, new Relocation(before, after));
    }

    private static BigDecimal degrees(double centre, Random random) {
        return BigDecimal.valueOf(centre + (random.nextInt(2000) - 1000) / 100_000.0)
                .setScale(6, RoundingMode.HALF_UP);
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
        members.add(member(
                surname + pick(DemoProvince.GIVEN_MALE, random), area, headYear, true, Relation.HEAD, random, usedIds));
        int size = 1 + random.nextInt(5);
        if (size > 1) {
            members.add(member(
                    pick(DemoProvince.SURNAMES, random) + pick(DemoProvince.GIVEN_FEMALE, random),
                    area,
                    headYear + random.nextInt(4),
                    false,
                    Relation.SPOUSE,
                    random,
                    usedIds));
        }
        for (int i = 2; i < size; i++) {
            boolean male = random.nextBoolean();
            members.add(member(
                    surname + pick(male ? DemoProvince.GIVEN_MALE : DemoProvince.GIVEN_FEMALE, random),
                    area,
                    Math.min(headYear + 20 + random.nextInt(10), 2018),
                    male,
                    Relation.CHILD,
                    random,
                    usedIds));
        }
        String phone = "1" + (3 + random.nextInt(6)) + String.format("%09d", random.nextInt(1_000_000_000));
        return new NewHousehold(village, phone, random.nextInt(3) == 0, members);
    }

    private static NewHousehold.NewMember member(
            String name, String area, int year, boolean male, Relation relation, Random random, Set<String> usedIds) {
        LocalDate birth = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
        String id = idNumber(area, birth, male, random, usedIds);
        int age = 2020 - year;
        Education education = age < 6
                ? Education.PRESCHOOL
                : age > 60
                        ? pick(List.of(Education.ILLITERATE, Education.PRIMARY), random)
                        : pick(
                                List.of(
                                        Education.PRIMARY,
                                        Education.JUNIOR_SECONDARY,
                                        Education.JUNIOR_SECONDARY,
                                        Education.SENIOR_SECONDARY,
                                        Education.VOCATIONAL),
                                random);
        Health health = pick(
                List.of(
                        Health.HEALTHY,
                        Health.HEALTHY,
                        Health.HEALTHY,
                        Health.CHRONIC_ILLNESS,
                        Health.SERIOUS_ILLNESS,
                        Health.DISABLED),
                random);
        WorkingAbility ability = age < 16
                ? WorkingAbility.NONE
                : health == Health.DISABLED || health == Health.SERIOUS_ILLNESS
                        ? WorkingAbility.LOST
                        : age > 65
                                ? WorkingAbility.WEAK
                                : pick(
                                        List.of(
                                                WorkingAbility.ORDINARY,
                                                WorkingAbility.ORDINARY,
                                                WorkingAbility.SKILLED),
                                        random);
        boolean migrant = ability == WorkingAbility.ORDINARY || ability == WorkingAbility.SKILLED
                ? random.nextInt(3) == 0
                : false;
        return new NewHousehold.NewMember(
                name,
                id,
                relation,
                male ? "MALE" : "FEMALE",
                birth,
                pick(DemoProvince.ETHNICITIES, random),
                education,
                health,
                ability,
                migrant);
    }

    private static String idNumber(String area, LocalDate birth, boolean male, Random random, Set<String> usedIds) {
        String id;
        do {
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
            String first17 = area + birth.toString().replace("-", "") + String.format("%03d", sequence);
            id = first17 + IdNumber.checkCharacter(first17);
        } while (!usedIds.add(id));
        return id;
    }

    private static <T> T pick(List<T> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }
}
