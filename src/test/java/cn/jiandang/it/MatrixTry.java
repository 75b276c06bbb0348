package cn.jiandang.it;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One try of the authorisation matrix: who asked what through which channel, the answer, and what was wrong. */
record MatrixTry(String channel, String user, String what, int status, boolean refused, boolean audited, String leak) {

    static String perChannel(List<MatrixTry> tries) {
        Map<String, Long> counts = tries.stream()
                .collect(Collectors.groupingBy(MatrixTry::channel, LinkedHashMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return String.format(
                "%-11s %-10s %-70s %d%s%s",
                channel,
                user,
                what,
                status,
                refused ? (audited ? " refused, audited" : " refused, NOT AUDITED") : "",
                leak == null ? "" : " LEAK: " + leak);
    }
}
