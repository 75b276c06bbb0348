package cn.jiandang.rectification;

import java.util.Arrays;
import java.util.Optional;

/** The kinds of problem a problem list names; a row may give the code or the Chinese label. */
public enum ProblemType {
    INFO_INCOMPLETE("信息不完整"),
    INFO_WRONG("信息错误"),
    ID_NUMBER_INVALID("身份证号码错误"),
    CATEGORY_WRONG("类别标识错误"),
    INCOME_ABNORMAL("收入异常"),
    ASSISTANCE_MISSING("帮扶措施缺失"),
    RECORDS_DIFFER("账实不符"),
    INSPECTION_FINDING("巡视发现问题"),
    OTHER("其他");

    private final String label;

    ProblemType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<ProblemType> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(p -> p.name().equalsIgnoreCase(t) || p.label.equals(t))
                .findFirst();
    }
}
