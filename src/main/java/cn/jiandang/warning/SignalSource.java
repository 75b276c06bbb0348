package cn.jiandang.warning;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Where a signal comes from and what it says; medical expenses and disaster losses carry an amount. */
public enum SignalSource {
    MEDICAL("医疗费用", "卫健/医保", true),
    DISASTER("灾害损失", "应急", true),
    DISABILITY("残疾认定", "残联", false),
    UNEMPLOYMENT("失业登记", "人社", false),
    DIBAO_CANCELLED("低保取消", "民政", false);

    private final String label;
    private final String department;
    private final boolean amountRequired;

    SignalSource(String label, String department, boolean amountRequired) {
        this.label = label;
        this.department = department;
        this.amountRequired = amountRequired;
    }

    public String label() {
        return label;
    }

    public String department() {
        return department;
    }

    public boolean amountRequired() {
        return amountRequired;
    }

    /** A file's cell: the code (MEDICAL) or the Chinese label (医疗费用). */
    public static Optional<SignalSource> parse(String text) {
        String t = text == null ? "" : text.strip();
        return Arrays.stream(values())
                .filter(s -> s.name().equals(t.toUpperCase(Locale.ROOT)) || s.label.equals(t))
                .findFirst();
    }
}
