package cn.jiandang.quality;

import cn.jiandang.rectification.ProblemType;

import java.util.Arrays;
import java.util.Optional;

/** The rule set: each rule a code, a Chinese description, a severity and the problem type its cases get. */
public enum QualityRule {
    Q01("身份证号码不符合GB 11643（位数、格式、省级代码、出生日期或校验位错误）", Severity.ERROR, ProblemType.ID_NUMBER_INVALID),
    Q02("身份证号码与登记的性别或出生日期不一致", Severity.ERROR, ProblemType.ID_NUMBER_INVALID),
    Q03("同一人员同时在两户（身份证号码重复或两户成员关系均未结束）", Severity.ERROR, ProblemType.INFO_WRONG),
    Q04("户内没有户主", Severity.ERROR, ProblemType.INFO_INCOMPLETE),
    Q05("户内有两名以上户主", Severity.ERROR, ProblemType.INFO_WRONG),
    Q06("联系电话缺失或格式不正确（R10）", Severity.ERROR, ProblemType.INFO_INCOMPLETE),
    Q07("脱贫户最近年度人均纯收入不高于贫困线", Severity.WARNING, ProblemType.INCOME_ABNORMAL),
    Q08("已识别农户缺少收入计算周期（R5）对应年度的收入或识别月份", Severity.WARNING, ProblemType.INCOME_ABNORMAL),
    Q09("监测户或边缘户没有登记返贫（致贫）风险", Severity.ERROR, ProblemType.INFO_INCOMPLETE),
    Q10("风险消除已通过但“风险已消除”未标注，或标注了却没有通过的风险消除", Severity.ERROR, ProblemType.CATEGORY_WRONG),
    Q11("易地扶贫搬迁户缺少搬迁前或搬迁后的经纬度（R9）", Severity.ERROR, ProblemType.INFO_INCOMPLETE),
    Q12("新识别或返贫户识别月份在2019年10至12月，未更正为2019年9月（R7）", Severity.WARNING, ProblemType.INFO_WRONG),
    Q13("自然变更月份在2019年10至12月，未更正为2019年9月（R7，该期间出生的新生儿除外）", Severity.WARNING, ProblemType.INFO_WRONG),
    Q14("类别变更记录不连续，或与当前类别不符", Severity.ERROR, ProblemType.CATEGORY_WRONG),
    Q15("一般农户有成员领取低保，未纳入任何类别（待核实）", Severity.REVIEW, ProblemType.CATEGORY_WRONG),
    Q16("已识别农户在最近一个季度没有成员领取低保（待核实）", Severity.REVIEW, ProblemType.OTHER),
    /** A problem the centre issued in a file ({@link ProblemListImport}): no statement finds it, no rule run closes it. */
    QF("信息中心下发的问题清单中的问题（文件导入）", Severity.REVIEW, ProblemType.OTHER);

    private final String description;
    private final Severity severity;
    private final ProblemType problemType;

    QualityRule(String description, Severity severity, ProblemType problemType) {
        this.description = description;
        this.severity = severity;
        this.problemType = problemType;
    }

    public String code() {
        return name();
    }

    public String description() {
        return description;
    }

    public Severity severity() {
        return severity;
    }

    /** The type of the rectification case a problem of this rule becomes. */
    public ProblemType problemType() {
        return problemType;
    }

    /** Whether a run's statement finds (and closes) this rule's problems; QF's come only from files. */
    public boolean computed() {
        return RuleSql.SQL.containsKey(this);
    }

    public static Optional<QualityRule> parse(String code) {
        return Arrays.stream(values()).filter(r -> r.name().equals(code)).findFirst();
    }
}
