package cn.jiandang.bench.gen;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The case rows of the open tasks (our tables, COPY) and the variables each procedure's service would set: the
 * case id, region, household and the candidate groups of the case's village, township and county. A household
 * has at most one open identification and one open risk elimination, as the unique constraints require.
 */
final class CaseRows {

    private enum Pool {
        ORDINARY,
        MONITORED_OR_MARGINAL,
        REGISTERED,
        ANY
    }

    private final ProvinceTree tree;
    private final Registry registry;
    private final Random random;
    private final Map<Pool, int[]> pools = new EnumMap<>(Pool.class);
    private final Map<Pool, Integer> next = new EnumMap<>(Pool.class);
    private final Map<String, Long> ids = new HashMap<>();
    private int nextVillage;
    private int nextPoorVillage;
    private final int[] villageOrder;

    CaseRows(ProvinceTree tree, Registry registry, Random random) {
        this.tree = tree;
        this.registry = registry;
        this.random = random;
        for (Pool p : Pool.values()) {
            pools.put(p, shuffled(p));
            next.put(p, 0);
        }
        villageOrder = shuffle(
                java.util.stream.IntStream.range(0, tree.villages().size()).toArray());
    }

    List<OpenTasks.Start> write(Connection c, int total) throws SQLException {
        int poorVillages = (tree.villages().size() + 6) / 7;
        List<Step> plan = OpenTasks.plan(total, tree.villages().size(), poorVillages);
        List<OpenTasks.Start> starts = new ArrayList<>();
        TableRows ident = new TableRows(
                "identification_case",
                "id, household_id, open_household_id, village_code, kind, channel, status, started_by, started_at");
        TableRows risk = new TableRows(
                "risk_elimination_case",
                "id, household_id, open_household_id, village_code, category, status, proposed_by, proposed_at");
        TableRows plans = new TableRows(
                "assistance_plan",
                "id, household_id, village_code, category, helper_name, review_group, status, assigned_by,"
                        + " assigned_at");
        TableRows rect = new TableRows(
                "rectification_case",
                "id, source, problem_type, description, household_id, region_code, county_code, holder_level,"
                        + " status, deadline, owner_group, created_by, created_at");
        TableRows yearEnd = new TableRows("year_end_case", "id, round_id, village_code, status");
        TableRows exit = new TableRows(
                "village_exit_case",
                "id, village_code, live_village_code, population, poor_population, incidence, western, status,"
                        + " proposed_by, proposed_at");
        TableRows grants = new TableRows(
                "feature_grant",
                "id, province_code, feature, status, reason, valid_from, valid_until, live_key, requested_by,"
                        + " requested_at");
        for (Step step : plan) {
            OpenTasks.Start s = switch (step.process()) {
                case "identification" -> identification(ident, step);
                case "riskElimination" -> riskElimination(risk, step);
                case "assistance" -> assistance(plans, step);
                case "rectification" -> rectification(rect, step);
                case "yearEndExit" -> yearEnd(c, yearEnd, step);
                case "villageExit" -> villageExit(exit, step);
                default -> functionOpening(grants, step);
            };
            if (s != null) {
                starts.add(s);
            }
        }
        for (TableRows rows : List.of(ident, risk, plans, rect, yearEnd, exit, grants)) {
            rows.copy(c);
        }
        try (Statement s = c.createStatement()) {
            for (String table : List.of(
                    "identification_case",
                    "risk_elimination_case",
                    "assistance_plan",
                    "rectification_case",
                    "year_end_round",
                    "year_end_case",
                    "village_exit_case",
                    "feature_grant")) {
                s.execute("select setval(pg_get_serial_sequence('" + table + "', 'id'), coalesce((select max(id) from "
                        + table + "), 0) + 1, false)");
            }
        }
        return starts;
    }

    private OpenTasks.Start identification(TableRows out, Step step) {
        int h = take(Pool.ORDINARY);
        if (h < 0) {
            return null;
        }
        long id = id("identification");
        String village = village(h);
        String kind = random.nextInt(3) == 0 ? "MARGINAL" : "NEWLY_POOR";
        out.add(id)
                .add(h + 1)
                .add(h + 1)
                .add(village)
                .add(kind)
                .add("VILLAGE")
                .add("OPEN")
                .add("bench")
                .add(OpenTasks.created())
                .end();
        Map<String, Object> v = common(id, village, h);
        v.put("villageCode", village);
        v.put("kind", kind);
        v.put("channel", "VILLAGE");
        v.put("monitoringObject", kind.equals("MARGINAL"));
        v.put("noticeDuration", "P7D");
        v.put("escalationAfter", "P15D");
        v.put("escalationGroup", "COUNTY_OFFICER:" + village.substring(0, 6));
        return new OpenTasks.Start(step, id, v);
    }

    private OpenTasks.Start riskElimination(TableRows out, Step step) {
        int h = take(Pool.MONITORED_OR_MARGINAL);
        if (h < 0) {
            return null;
        }
        long id = id("risk");
        String village = village(h);
        out.add(id)
                .add(h + 1)
                .add(h + 1)
                .add(village)
                .add(Registry.CATEGORIES[registry.category[h]])
                .add("OPEN")
                .add("bench")
                .add(OpenTasks.created())
                .end();
        Map<String, Object> v = common(id, village, h);
        v.put("villageCode", village);
        v.put("noticeDuration", "P7D");
        return new OpenTasks.Start(step, id, v);
    }

    private OpenTasks.Start assistance(TableRows out, Step step) {
        int h = take(Pool.REGISTERED);
        if (h < 0) {
            return null;
        }
        long id = id("assistance");
        String village = village(h);
        String review = "TOWNSHIP_OFFICER:" + village.substring(0, 9);
        out.add(id)
                .add(h + 1)
                .add(village)
                .add(Registry.CATEGORIES[registry.category[h]])
                .add("帮扶责任人")
                .add(review)
                .add("OPEN")
                .add("bench")
                .add(OpenTasks.created());
        out.end();
        Map<String, Object> v = common(id, village, h);
        v.put("reviewGroup", review);
        return new OpenTasks.Start(step, id, v);
    }

    private OpenTasks.Start rectification(TableRows out, Step step) {
        int h = take(Pool.ANY);
        if (h < 0) {
            return null;
        }
        long id = id("rectification");
        String village = village(h);
        String county = village.substring(0, 6) + "000000";
        out.add(id)
                .add("DATA_CLEANSING")
                .add("INFO_INCOMPLETE")
                .add("家庭成员信息不完整")
                .add(h + 1)
                .add(village)
                .add(county)
                .add("COUNTY")
                .add("ASSIGNED")
                .add("2025-03-31")
                .add("SUPERVISOR:")
                .add("bench")
                .add(OpenTasks.created())
                .end();
        Map<String, Object> v = common(id, village, h);
        v.put("ownerGroup", "SUPERVISOR:");
        v.put("escalationGroup", "COUNTY_OFFICER:" + village.substring(0, 6));
        v.put("deadline", "2025-04-01T00:00:00");
        return new OpenTasks.Start(step, id, v);
    }

    private OpenTasks.Start yearEnd(Connection c, TableRows out, Step step) throws SQLException {
        if (nextVillage >= villageOrder.length) {
            return null;
        }
        if (!ids.containsKey("yearEnd")) {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("insert into year_end_round (id, area_code, round_year, notice_days, opened_by,"
                        + " opened_at, poverty_line) values (1, '" + ProvinceTree.PROVINCE + "', 2024, 7, 'bench', '"
                        + OpenTasks.created() + "', 4000.00)");
            }
        }
        long id = id("yearEnd");
        String village = tree.villages().get(villageOrder[nextVillage++]);
        out.add(id).add(1).add(village).add("APPRAISAL").end();
        Map<String, Object> v = groups(village);
        v.put("caseId", id);
        v.put("regionCode", village);
        v.put("roundId", 1L);
        v.put("villageCode", village);
        v.put("noticeDuration", "P7D");
        return new OpenTasks.Start(step, id, v);
    }

    private OpenTasks.Start villageExit(TableRows out, Step step) throws SQLException {
        int index = nextPoorVillage * 7;
        if (index >= tree.villages().size()) {
            return null;
        }
        nextPoorVillage++;
        long id = id("villageExit");
        String village = tree.villages().get(index);
        out.add(id)
                .add(village)
                .add(village)
                .add(1200)
                .add(20)
                .add("0.0167")
                .add(false)
                .add("PROPOSED")
                .add("bench")
                .add(OpenTasks.created())
                .end();
        Map<String, Object> v = new HashMap<>();
        v.put("caseId", id);
        v.put("regionCode", village);
        v.put("villageCode", village);
        v.put("western", false);
        v.put("incidence", 0.0167);
        v.put("countyGroup", "COUNTY_OFFICER:" + village.substring(0, 6));
        v.put("noticeDuration", "P7D");
        return new OpenTasks.Start(step, id, v);
    }

    /** Requests of another province (湖北省) for the centre: the bench province's own functions are open. */
    private OpenTasks.Start functionOpening(TableRows out, Step step) throws SQLException {
        long id = 1000 + id("grant");
        String feature = id == 1001 ? "NATURAL_CHANGE" : "BASE_DATA_EDIT";
        String status = step.activity().equals("centreDecision") ? "REQUESTED" : "CLOSE_REQUESTED";
        out.add(id)
                .add("420000000000")
                .add(feature)
                .add(status)
                .add("年度动态管理")
                .add("2025-01-01")
                .add("2025-12-31")
                .add("420000000000:" + feature)
                .add("bench")
                .add(OpenTasks.created())
                .end();
        Map<String, Object> v = new HashMap<>();
        v.put("caseId", id);
        v.put("regionCode", "420000000000");
        v.put("provinceCode", "420000000000");
        v.put("feature", feature);
        v.put("centreGroup", "CENTRE_ADMIN:");
        v.put("closesAt", "2026-01-01T00:00:00");
        return new OpenTasks.Start(step, id, v);
    }

    private Map<String, Object> common(long caseId, String village, int household) {
        Map<String, Object> v = groups(village);
        v.put("caseId", caseId);
        v.put("regionCode", village);
        v.put("householdId", household + 1L);
        return v;
    }

    private static Map<String, Object> groups(String village) {
        Map<String, Object> v = new HashMap<>();
        v.put("villageGroup", "VILLAGE_OFFICER:" + village);
        v.put("townshipGroup", "TOWNSHIP_OFFICER:" + village.substring(0, 9));
        v.put("countyGroup", "COUNTY_OFFICER:" + village.substring(0, 6));
        return v;
    }

    private String village(int household) {
        return tree.villages().get(registry.village[household]);
    }

    private long id(String kind) {
        return ids.merge(kind, 1L, Long::sum);
    }

    private int take(Pool pool) {
        int[] p = pools.get(pool);
        int i = next.get(pool);
        if (i >= p.length) {
            return -1;
        }
        next.put(pool, i + 1);
        return p[i];
    }

    private int[] shuffled(Pool pool) {
        int[] all = java.util.stream.IntStream.range(0, registry.households)
                .filter(h -> switch (pool) {
                    case ORDINARY -> registry.category[h] == 0;
                    case MONITORED_OR_MARGINAL -> registry.category[h] == 3 || registry.category[h] == 4;
                    case REGISTERED -> registry.category[h] >= 2;
                    case ANY -> true;
                })
                .toArray();
        return shuffle(all);
    }

    private int[] shuffle(int[] a) {
        for (int i = a.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
        return a;
    }
}
