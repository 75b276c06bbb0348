package cn.jiandang.bench;

import cn.jiandang.bench.gen.ProvinceTree;
import cn.jiandang.bench.measure.UserActions.Action;
import cn.jiandang.security.Role;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The user actions the goals are made of, by officers of the synthetic province: the busiest village (most open
 * tasks) with its township and county, the province, and the county stored last (its households come last in id
 * order). Task lists make P3, the province dashboard P4; the household lists are for the plan-shape check.
 */
final class Scenario {

    static final String P3_PREFIX = "tasks.";
    static final String P4_ACTION = "dashboard.province";

    private Scenario() {}

    static List<Action> actions(AppNode node) throws SQLException {
        String village = busiestVillage(node);
        String township = village.substring(0, 9) + "000";
        String county = village.substring(0, 6) + "000000";
        List<String> counties = new ProvinceTree().counties();
        String lastCounty = counties.get(counties.size() - 1);
        Login v = new Login("bench-village", Role.VILLAGE_OFFICER, village);
        Login t = new Login("bench-township", Role.TOWNSHIP_OFFICER, township);
        Login c = new Login("bench-county", Role.COUNTY_OFFICER, county);
        Login p = new Login("bench-province", Role.PROVINCE_OFFICER, ProvinceTree.PROVINCE);
        Login last = new Login("bench-county-last", Role.COUNTY_OFFICER, lastCounty);
        return List.of(
                new Action("tasks.village", v, "tasks", null, 0),
                new Action("tasks.township", t, "tasks", null, 0),
                new Action("tasks.county", c, "tasks", null, 0),
                new Action("tasks.county.regionTab", c, "tasks", "tab-region", 0),
                new Action("tasks.province", p, "tasks", null, 0),
                new Action("dashboard.county", c, "dashboard", null, 0),
                new Action(P4_ACTION, p, "dashboard", null, 0),
                new Action("households.county", c, "households", null, 0),
                new Action("households.lastCounty.offset400", last, "households", null, 400),
                // issue 11: a name prefix (head or any member) within a county and the whole province, an ID number
                new Action("households.search.name.county", c, "households?q=" + NAME_PREFIX, null, 0),
                new Action("households.search.name.province", p, "households?q=" + NAME_PREFIX, null, 0),
                new Action("households.search.id.province", p, "households?q=" + someIdNumber(node), null, 0));
    }

    /** A surname and the first character of two given names of men: about 1 in 750 people of the generator. */
    static final String NAME_PREFIX = "王建";

    /** A current member's ID number (the first in index order, so always the same one of a generation). */
    private static String someIdNumber(AppNode node) throws SQLException {
        try (Connection c = node.raw().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select min(id_number) from member where id_number like '41%'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** The village whose cases have the most open tasks (read from the engine's variables, once per size). */
    private static String busiestVillage(AppNode node) throws SQLException {
        try (Connection c = node.raw().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select v.text_ from act_ru_variable v join act_ru_task t"
                        + " on t.proc_inst_id_ = v.proc_inst_id_ where v.name_ = 'regionCode'"
                        + " and v.text_ like '41%' and substring(v.text_, 10) <> '000'"
                        + " group by v.text_ order by count(*) desc, v.text_ limit 1")) {
            return rs.next() ? rs.getString(1) : new ProvinceTree().villages().get(0);
        }
    }

    /** The officer who imports P5's file: of the generated province's first county. */
    static Login countyOfficer() {
        return new Login(
                "bench-import",
                Role.COUNTY_OFFICER,
                new ProvinceTree().counties().get(0));
    }
}
