package cn.jiandang.publicnotice;

/** Which publication a public notice copies; objections may be raised against village notices only. */
enum NoticeSource {
    IDENTIFICATION_NOTICE("识别公示", "公示"),
    IDENTIFICATION_ANNOUNCEMENT("识别公告", "公告");

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
        return this == IDENTIFICATION_NOTICE;
    }
}
