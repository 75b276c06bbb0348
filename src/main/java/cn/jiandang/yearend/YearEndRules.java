package cn.jiandang.yearend;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.Category;

import java.util.EnumSet;
import java.util.Set;

import static cn.jiandang.yearend.YearEndVariables.TASK_VILLAGE_APPRAISAL;

/** Who may exit (R3, R4) and what a decision on one household of the list must satisfy. */
final class YearEndRules {

    /** R3/R4: only these exit; this year's new and returned households too. */
    static final Set<Category> MAY_EXIT = EnumSet.of(Category.POOR, Category.NEWLY_POOR, Category.RETURNED);

    private YearEndRules() {}

    static void checkMayExit(Category category) {
        if (category == null || !MAY_EXIT.contains(category)) {
            String why = category != null && category.isMonitoringObject()
                    ? "：监测对象不脱贫退出，风险消除后通过风险消除程序标注"
                    : category == Category.EXITED ? "：该户已脱贫" : "";
            throw new BusinessException(BusinessException.Kind.CONFLICT, Category.labelOf(category) + "不能申请脱贫退出" + why);
        }
    }

    /**
     * The decision's reason (written, or the needs found not secure); refuses an exclusion without one, an included
     * household with a need not secure or without consent, and a re-inclusion above the village.
     */
    static String checked(CandidateDecision d, YearEndCandidate candidate, String step) {
        String prefix = "户编号 " + d.householdId() + "：";
        if (d.included() && !candidate.included() && !TASK_VILLAGE_APPRAISAL.equals(step)) {
            throw BusinessException.invalid(prefix + "已被排除，上级核实时不能再纳入");
        }
        Set<BasicNeed> insecure = d.insecure() != null ? d.insecure() : candidate.insecure();
        if (d.included() && !insecure.isEmpty()) {
            throw BusinessException.invalidField("insecure", prefix + BasicNeed.labels(insecure) + "未保障，不能纳入退出");
        }
        if (d.included() && !d.consent()) {
            throw BusinessException.invalidField("consent", prefix + "本户未签字认可，不能纳入退出");
        }
        String reason = d.reason() != null && !d.reason().isBlank()
                ? d.reason().strip()
                : d.insecure() != null && !d.insecure().isEmpty() ? BasicNeed.labels(d.insecure()) + "未保障" : null;
        if (!d.included() && reason == null) {
            throw BusinessException.invalidField("reason", prefix + "不纳入退出时必须填写原因");
        }
        return reason;
    }
}
