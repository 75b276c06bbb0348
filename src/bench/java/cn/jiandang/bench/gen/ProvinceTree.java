package cn.jiandang.bench.gen;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The region tree of the synthetic province 河南省 (41): 10 cities, 100 counties, 1,000 townships and 20,000
 * villages with proper 12-digit division codes (PP CC DD TTT VVV; villages 201–220 of each township, as rural
 * villages are numbered from 200). The same tree at every size, so only households and tasks grow.
 */
public final class ProvinceTree {

    public static final String PROVINCE = "410000000000";
    static final int CITIES = 10;
    static final int COUNTIES_PER_CITY = 10;
    static final int TOWNSHIPS_PER_COUNTY = 10;
    static final int VILLAGES_PER_TOWNSHIP = 20;

    private static final String[] SYLLABLES = {
        "安", "宁", "平", "阳", "新", "丰", "城", "河", "山", "东", "西", "南", "北", "清", "水", "石", "林", "桥",
        "庄", "集", "店", "铺", "营", "寨", "沟", "坡", "湾", "岭", "坪", "口", "台", "庙", "洼", "屯", "堡", "楼"
    };

    private final List<String> villages = new ArrayList<>();
    private final List<String> counties = new ArrayList<>();
    private final List<String> townships = new ArrayList<>();

    public ProvinceTree() {
        for (int c = 1; c <= CITIES; c++) {
            for (int d = 1; d <= COUNTIES_PER_CITY; d++) {
                String county = String.format("41%02d%02d", c, d + 20);
                counties.add(county + "000000");
                for (int t = 1; t <= TOWNSHIPS_PER_COUNTY; t++) {
                    String township = county + String.format("%03d", 100 + t);
                    townships.add(township + "000");
                    for (int v = 1; v <= VILLAGES_PER_TOWNSHIP; v++) {
                        villages.add(township + String.format("%03d", 200 + v));
                    }
                }
            }
        }
    }

    public List<String> villages() {
        return villages;
    }

    public List<String> counties() {
        return counties;
    }

    public List<String> townships() {
        return townships;
    }

    /** Writes the regions and marks every seventh village a poor village (贫困村). Returns the rows written. */
    long copy(Connection connection, Random random) throws SQLException {
        long rows;
        try (CopyWriter out = new CopyWriter(connection, "region", "code, parent_code, level, name, deep_poverty")) {
            out.add(PROVINCE).add(null).add("PROVINCE").add("河南省").add(false).end();
            for (int c = 1; c <= CITIES; c++) {
                out.add(String.format("41%02d00000000", c))
                        .add(PROVINCE)
                        .add("CITY")
                        .add(name(random, 2) + "市")
                        .add(false)
                        .end();
            }
            for (String county : counties) {
                out.add(county)
                        .add(county.substring(0, 4) + "00000000")
                        .add("COUNTY")
                        .add(name(random, 2) + "县")
                        .add(random.nextInt(4) == 0)
                        .end();
            }
            for (String township : townships) {
                out.add(township)
                        .add(township.substring(0, 6) + "000000")
                        .add("TOWNSHIP")
                        .add(name(random, 2) + (random.nextBoolean() ? "镇" : "乡"))
                        .add(false)
                        .end();
            }
            for (String village : villages) {
                out.add(village)
                        .add(village.substring(0, 9) + "000")
                        .add("VILLAGE")
                        .add(name(random, 2) + "村")
                        .add(false)
                        .end();
            }
            rows = out.rows();
        }
        try (CopyWriter out = new CopyWriter(connection, "region_attribute", "code, western, poor_village")) {
            for (int i = 0; i < villages.size(); i += 7) {
                out.add(villages.get(i)).add(false).add(true).end();
            }
            rows += out.rows();
        }
        return rows;
    }

    static String name(Random random, int syllables) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            s.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        return s.toString();
    }
}
