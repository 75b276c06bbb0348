package cn.jiandang.bench.gen;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/**
 * Households with members, memberships, incomes, poverty causes and category history, streamed through COPY.
 * Stored out of region order: each household goes to a random village, except that the last county's households
 * are all written last (the case where a list ordered by id walks the whole table to reach that county).
 * Categories in the proportions of a registry after 2020 (see .docs/benchmarks.md).
 */
final class Registry {

    /** Category of each household (index = id - 1); null: an ordinary rural household (一般农户). */
    static final String[] CATEGORIES = {null, "EXITED", "POOR", "MONITORED", "MARGINAL", "RETURNED", "NEWLY_POOR"};

    private static final int[] CATEGORY_PERCENT = {40, 45, 3, 5, 4, 1, 2};
    private static final int[] SIZE_PERCENT = {10, 20, 25, 25, 12, 8};
    private static final String[] CAUSES = {
        "ILLNESS",
        "DISABILITY",
        "EDUCATION",
        "DISASTER",
        "LACK_OF_LAND",
        "LACK_OF_SKILLS",
        "LACK_OF_LABOUR",
        "LACK_OF_FUNDS"
    };
    private static final String[] EDUCATION = {"PRIMARY", "JUNIOR_SECONDARY", "JUNIOR_SECONDARY", "SENIOR_SECONDARY"};

    final int households;
    /** Village index (into the tree) and category index of each household, kept for the open tasks. */
    final int[] village;

    final byte[] category;
    long members;
    long rows;
    private Random random;

    Registry(int households) {
        this.households = households;
        this.village = new int[households];
        this.category = new byte[households];
    }

    void copy(Connection connection, ProvinceTree tree, Random random, int incomeYear) throws SQLException {
        this.random = random;
        List<String> villages = tree.villages();
        int perCounty = villages.size() / tree.counties().size();
        int lastCountyFirstVillage = villages.size() - perCounty;
        int lastCountyHouseholds = Math.max(1, households / tree.counties().size());
        People people = new People(tree.counties().size());
        LocalDateTime created = LocalDateTime.of(2016, 1, 1, 8, 0);
        long memberId = 0;
        try (CopyWriter h = new CopyWriter(
                connection,
                "household",
                "id, village_code, category, identification_month, contact_phone, works_away, risk_eliminated,"
                        + " version, created_at")) {
            for (int i = 0; i < households; i++) {
                int v = i < households - lastCountyHouseholds
                        ? random.nextInt(lastCountyFirstVillage)
                        : lastCountyFirstVillage + random.nextInt(perCounty);
                village[i] = v;
                int c = pick(random, CATEGORY_PERCENT);
                category[i] = (byte) c;
                long id = i + 1L;
                LocalDate month = c == 0 ? null : LocalDate.of(2014 + random.nextInt(11), 1 + random.nextInt(12), 1);
                h.add(id)
                        .add(villages.get(v))
                        .add(CATEGORIES[c])
                        .add(month)
                        .add("1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000)))
                        .add(random.nextInt(5) == 0)
                        .add(false)
                        .add(0)
                        .add(created.plusMinutes(i))
                        .end();
            }
            rows += h.rows();
        }
        // a connection runs one COPY at a time: the members in a second pass over the households
        try (CopyWriter m = new CopyWriter(
                connection,
                "member",
                "id, household_id, name, id_number, relation, sex, birth_date, ethnicity, education, health,"
                        + " working_ability, migrant_work, departed")) {
            for (int i = 0; i < households; i++) {
                long id = i + 1L;
                int v = village[i];
                int countyIndex = v / perCounty;
                String county6 = villages.get(v).substring(0, 6);
                String surname = People.surname(random);
                int size = pick(random, SIZE_PERCENT) + 1;
                LocalDate headBirth = People.birth(random, 28, 80);
                boolean headMale = random.nextInt(5) != 0;
                member(
                        m,
                        ++memberId,
                        id,
                        people.name(random, surname, headMale),
                        people,
                        countyIndex,
                        county6,
                        headBirth,
                        headMale,
                        "HEAD",
                        random);
                for (int k = 1; k < size; k++) {
                    boolean male = random.nextBoolean();
                    String relation;
                    LocalDate birth;
                    String name;
                    if (k == 1 && size > 2) {
                        relation = "SPOUSE";
                        male = !headMale;
                        birth = clamp(headBirth.plusDays(random.nextInt(3650) - 1825));
                        name = people.name(random, People.surname(random), male);
                    } else if (k == size - 1 && size >= 5 && headBirth.getYear() > 1960) {
                        relation = "PARENT";
                        birth = clamp(headBirth.minusYears(22 + random.nextInt(12)));
                        name = people.name(random, surname, male);
                    } else {
                        relation = "CHILD";
                        birth = clamp(
                                headBirth.plusYears(20 + random.nextInt(16)).plusDays(random.nextInt(365)));
                        name = people.name(random, surname, male);
                    }
                    member(m, ++memberId, id, name, people, countyIndex, county6, birth, male, relation, random);
                }
            }
            rows += m.rows();
            members = m.rows();
        }
        details(connection, random, incomeYear);
        try (Statement s = connection.createStatement()) {
            s.execute("select setval(pg_get_serial_sequence('household', 'id'), (select max(id) from household))");
            s.execute("select setval(pg_get_serial_sequence('member', 'id'), (select max(id) from member))");
            // one membership per member since registration: set-based, from the members just written
            rows += s.executeUpdate(
                    "insert into household_membership (household_id, member_id) select household_id, id from member");
        }
    }

    /** A birth date outside the range is drawn again within it (never piled up on its ends). */
    private LocalDate clamp(LocalDate birth) {
        return birth.isAfter(People.LAST_BIRTH)
                ? People.birth(random, 0, 17)
                : birth.isBefore(People.FIRST_BIRTH) ? People.birth(random, 80, 92) : birth;
    }

    private static void member(
            CopyWriter m,
            long id,
            long householdId,
            String name,
            People people,
            int countyIndex,
            String county6,
            LocalDate birth,
            boolean male,
            String relation,
            Random random)
            throws SQLException {
        int age = 2023 - birth.getYear();
        m.add(id)
                .add(householdId)
                .add(name)
                .add(people.idNumber(countyIndex, county6, birth, male))
                .add(relation)
                .add(male ? "MALE" : "FEMALE")
                .add(birth)
                .add("汉族")
                .add(age < 6 ? "PRESCHOOL" : EDUCATION[random.nextInt(EDUCATION.length)])
                .add(random.nextInt(6) == 0 ? "CHRONIC_ILLNESS" : "HEALTHY")
                .add(age < 16 ? "NONE" : age > 65 ? "WEAK" : "ORDINARY")
                .add(age >= 18 && age <= 55 && random.nextInt(3) == 0)
                .add(false)
                .end();
    }

    /** Incomes of the last year, poverty causes and the category history of the registered households. */
    private void details(Connection connection, Random random, int incomeYear) throws SQLException {
        try (CopyWriter in = new CopyWriter(
                connection,
                "household_income",
                "household_id, income_year, wages, production, property, transfer, production_costs")) {
            for (int i = 0; i < households; i++) {
                int c = category[i];
                if (c != 0 || random.nextBoolean()) {
                    boolean poor = c == 2 || c == 5 || c == 6;
                    int scale = poor ? 6_000 : 30_000;
                    in.add(i + 1L)
                            .add(incomeYear)
                            .add(money(random, scale))
                            .add(money(random, scale / 3))
                            .add(money(random, 800))
                            .add(money(random, 4_000))
                            .add(money(random, scale / 10))
                            .end();
                }
            }
            rows += in.rows();
        }
        try (CopyWriter f = new CopyWriter(connection, "household_factor", "household_id, kind, code")) {
            for (int i = 0; i < households; i++) {
                if (category[i] != 0) {
                    int first = random.nextInt(CAUSES.length);
                    f.add(i + 1L).add("CAUSE").add(CAUSES[first]).end();
                    if (random.nextBoolean()) {
                        int second = (first + 1 + random.nextInt(CAUSES.length - 1)) % CAUSES.length;
                        f.add(i + 1L).add("CAUSE").add(CAUSES[second]).end();
                    }
                }
            }
            rows += f.rows();
        }
        try (CopyWriter cc = new CopyWriter(
                connection,
                "category_change",
                "household_id, from_category, to_category, changed_at, changed_by, procedure")) {
            for (int i = 0; i < households; i++) {
                if (category[i] != 0) {
                    cc.add(i + 1L)
                            .add(null)
                            .add(CATEGORIES[category[i]])
                            .add(LocalDateTime.of(2014 + random.nextInt(10), 1 + random.nextInt(12), 1, 9, 0))
                            .add("bench")
                            .add("IDENTIFICATION")
                            .end();
                }
            }
            rows += cc.rows();
        }
    }

    private static BigDecimal money(Random random, int max) {
        return BigDecimal.valueOf(random.nextInt(max * 100 + 1), 2);
    }

    private static int pick(Random random, int[] percent) {
        int r = random.nextInt(100);
        for (int i = 0; i < percent.length; i++) {
            r -= percent[i];
            if (r < 0) {
                return i;
            }
        }
        return percent.length - 1;
    }
}
