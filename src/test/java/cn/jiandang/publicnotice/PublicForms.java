package cn.jiandang.publicnotice;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the objection form of a public notice page as a visitor does: the sum to answer and the signed token. */
public final class PublicForms {

    private static final Pattern SUM = Pattern.compile("验证题：(\\d+) \\+ (\\d+) = ？");
    private static final Pattern TOKEN = Pattern.compile("name=\"check\" value=\"([^\"]+)\"");

    private PublicForms() {}

    /** The answer to the page's sum. */
    public static String answer(String page) {
        Matcher m = SUM.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no human check on the page: " + page);
        }
        return String.valueOf(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)));
    }

    public static String token(String page) {
        Matcher m = TOKEN.matcher(page);
        if (!m.find()) {
            throw new AssertionError("no check token on the page: " + page);
        }
        return m.group(1);
    }
}
