package cn.jiandang.exchange;

import java.util.List;

/** One data row of an imported file: its line (the header is line 1) and its cells by the kind's field names. */
public record FileLine(int line, List<String> fields, List<String> cells) {

    /** The stripped cell of the field; blank cells and missing columns as empty strings. */
    public String get(String field) {
        int i = fields.indexOf(field);
        return i >= 0 && i < cells.size() && cells.get(i) != null ? cells.get(i).strip() : "";
    }
}
