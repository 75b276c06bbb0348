package cn.jiandang.publicnotice;

/**
 * Which publication a public notice copies. Objections may be raised online against the notices (公示), not the
 * announcements (公告): an identification's reaches the township's objection step; an exit list's or a village
 * exit's waits for the township to register or dismiss it ({@link ExitObjections}).
 */
enum NoticeSource {
    IDENTIFICATION_NOTICE("识别公示", "公示"),
    IDENTIFICATION_ANNOUNCEMENT("识别公告", "公告"),
    YEAR_END_EXIT("脱贫退出公示", "公示"),
    VILLAGE_EXIT("贫困村出列公示", "公示");

    private final String title;
    private final String kind;

    NoticeSource(String title, String kind) {
        this.title = title;
        this.kind = kind;
    }

    String title() {
        return title;
    }

    /** 公示 or 公告. */
    String kind() {
        return kind;
    }

    boolean takesObjections() {
        return this != IDENTIFICATION_ANNOUNCEMENT;
    }

    /** An exit: the notice names who leaves (a household or the village), not causes or risks. */
    boolean exit() {
        return this == YEAR_END_EXIT || this == VILLAGE_EXIT;
    }
}
