package cn.jiandang.exchange;

import java.util.List;

/**
 * The household file's layout, one row per member, read by {@link TabularFile} (CSV or XLSX, columns by position as in
 * the template).
 */
final class HouseholdFile {

    /** Field names (as errors and the API name them) and the template's Chinese headers, in column order. */
    static final List<String> FIELDS =
            List.of("headIdNumber", "villageCode", "contactPhone", "worksAway", "name", "idNumber", "relation");

    static final List<String> HEADERS = List.of("户主身份证号", "村代码", "联系电话", "是否外出务工", "姓名", "身份证号", "与户主关系");

    /** One data row: its line and its cells, blank cells as empty strings. */
    record Line(int line, List<String> cells) {
        String get(String field) {
            int i = FIELDS.indexOf(field);
            return i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
        }
    }

    private HouseholdFile() {}

    static String format(String fileName) {
        return TabularFile.format(fileName);
    }

    static List<Line> read(String format, byte[] content) {
        return TabularFile.read(format, content, FIELDS).stream()
                .map(l -> new Line(l.line(), l.cells()))
                .toList();
    }

    /**
     * The template: the header and one example household of two members whose numbers are shown masked, as a format
     * to follow: no full ID or phone number leaves the system, not even an invented one (the privacy suite greps every
     * answer), and an unedited template is refused row by row rather than imported as a household.
     */
    static String templateCsv() {
        return String.join(",", HEADERS) + "\r\n"
                + "130125********1231,130125100201,138****5678,否,王建国,130125********1231,户主\r\n"
                + "130125********1231,130125100201,138****5678,否,李秀英,130125********0022,配偶\r\n";
    }
}
