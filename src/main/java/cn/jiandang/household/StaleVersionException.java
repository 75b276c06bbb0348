package cn.jiandang.household;

import cn.jiandang.common.BusinessException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * An edit based on a version of the household that is no longer the current one: somebody else changed it in the
 * meantime. Nothing is written; the message names who changed it and when, so that the official can look before
 * entering the change again (two officials never silently overwrite each other).
 */
public class StaleVersionException extends BusinessException {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final int expected;
    private final VersionStamp current;

    public StaleVersionException(int expected, VersionStamp current) {
        super(
                Kind.CONFLICT,
                "该户档案已被 " + current.changedByLabel()
                        + (current.changedAt() == null ? "" : " 于 " + WHEN.format(current.changedAt()))
                        + " 修改（现为第 "
                        + current.number() + " 版，您修改的是第 " + expected + " 版），请刷新后重新填写");
        this.expected = expected;
        this.current = current;
    }

    public int expected() {
        return expected;
    }

    public VersionStamp current() {
        return current;
    }
}
