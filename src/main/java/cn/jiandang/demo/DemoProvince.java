package cn.jiandang.demo;

import java.time.LocalDate;
import java.util.List;

/** A real-looking slice of Hebei province: 1 city, 2 counties, 4 townships, 12 villages. */
final class DemoProvince {

    record Place(String code, String name, boolean deepPoverty) {}

    /**
     * What one seeding creates: its places (each after its parent), the households of each village, the poor villages,
     * and whether it has the Hebei demo's region history (a renamed township, a resettlement site and its relocated
     * households). A test seeds a small layout of its own.
     */
    record Layout(List<Place> places, int householdsPerVillage, List<String> poorVillages, boolean withHistory) {}

    static final List<Place> REGIONS = List.of(
            new Place("130000000000", "河北省", false),
            new Place("130100000000", "石家庄市", false),
            new Place("130125000000", "行唐县", false),
            new Place("130126000000", "灵寿县", true),
            new Place("130125100000", "龙州镇", false),
            new Place("130125101000", "南桥镇", false),
            new Place("130126100000", "灵寿镇", false),
            new Place("130126101000", "青廉乡", false),
            new Place("130125100201", "东关村", false),
            new Place("130125100202", "西关村", false),
            new Place("130125100203", "南关村", false),
            new Place("130125101201", "南桥村", false),
            new Place("130125101202", "西庄村", false),
            new Place("130125101203", "北庄村", false),
            new Place("130126100201", "城东村", false),
            new Place("130126100202", "城西村", false),
            new Place("130126100203", "北关村", false),
            new Place("130126101201", "青同村", false),
            new Place("130126101202", "土门村", false),
            new Place("130126101203", "慈峪村", false));

    static final int HOUSEHOLDS_PER_VILLAGE = 26;

    /** Poor villages (贫困村): the ones a township may propose for exit. 东关村 and 北庄村 are ordinary villages. */
    static final List<String> POOR_VILLAGES = List.of(
            "130125100202",
            "130125100203",
            "130125101201",
            "130125101202",
            "130126100201",
            "130126100202",
            "130126100203",
            "130126101201",
            "130126101202",
            "130126101203");

    /** Region history: a township renamed (乡改镇), a resettlement site whose temporary name is replaced. */
    static final String RENAMED_TOWNSHIP = "130126101000";

    static final String RENAMED_TOWNSHIP_NAME = "青同镇";
    static final LocalDate RENAMED_ON = LocalDate.of(2019, 6, 1);
    static final String SITE = "130126100204";
    static final String SITE_TEMPORARY_NAME = "灵寿镇易地扶贫搬迁安置点（暂用名）";
    static final String SITE_NAME = "幸福社区";
    static final LocalDate SITE_OPENED = LocalDate.of(2018, 10, 1);
    static final LocalDate RELOCATED_ON = LocalDate.of(2019, 6, 1);
    static final LocalDate SITE_NAMED = LocalDate.of(2020, 5, 1);
    /** Where relocation households of 灵寿县 lived (mountain villages) and the site they moved to. */
    static final double[] MOUNTAIN = {114.20, 38.40};

    static final double[] SITE_POSITION = {114.383, 38.308};

    static final List<String> ETHNICITIES = List.of("汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "回族", "满族");
    static final List<String> PROJECTS = List.of("食用菌种植产业扶贫项目", "光伏扶贫电站", "农村安全饮水巩固提升工程");

    static final List<String> SURNAMES =
            List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗");
    static final List<String> GIVEN_MALE =
            List.of("建国", "志强", "国华", "德胜", "海军", "永刚", "振华", "文斌", "明亮", "春生", "立新", "保国", "铁柱", "红旗", "卫东");
    static final List<String> GIVEN_FEMALE =
            List.of("秀英", "桂兰", "玉梅", "淑珍", "丽娟", "春花", "美玲", "翠萍", "小红", "海燕", "素芳", "金凤", "晓燕", "雪梅", "丽华");

    /** The demo province of the embedded default. */
    static final Layout HEBEI = new Layout(REGIONS, HOUSEHOLDS_PER_VILLAGE, POOR_VILLAGES, true);

    private DemoProvince() {}
}
