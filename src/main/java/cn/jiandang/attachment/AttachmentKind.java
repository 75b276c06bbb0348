package cn.jiandang.attachment;

/** What an attachment documents; stored as the {@code kind} column, shown by its i18n key. */
public final class AttachmentKind {

    /** 户主签字的承诺授权书 (identification's home verification). */
    public static final String SIGNED_COMMITMENT = "SIGNED_COMMITMENT";
    /** 评议会议记录: the minutes of the democratic appraisal meeting. */
    public static final String MINUTES = "MINUTES";
    /** 公示照片: the notice as posted in the village. */
    public static final String NOTICE_PHOTO = "NOTICE_PHOTO";
    /** 户主签字确认: the exit list signed by the heads of household (year-end). */
    public static final String SIGNED_CONSENT = "SIGNED_CONSENT";

    private AttachmentKind() {}

    /** The i18n key of a kind's name ({@code attach.kind.MINUTES}); unknown kinds show as themselves. */
    public static String labelKey(String kind) {
        return "attach.kind." + kind;
    }
}
