package cn.jiandang.rectification;

import cn.jiandang.common.BusinessException;

import java.time.LocalDate;

/** One line of a pasted problem list, and the type and description every problem needs. */
final class ProblemLines {

    static final int MAX_DESCRIPTION = 1000;

    private ProblemLines() {}

    /** "household id or 12-digit region code, type (code or Chinese label), description"; refused with the reason. */
    static NewProblem parse(String line, ProblemSource source, LocalDate deadline) {
        String[] cells = line.split("[,，\t]", 3);
        if (cells.length < 3) {
            throw BusinessException.invalid("应有三列：户编号或行政区划代码、问题类型、问题描述");
        }
        String who = cells[0].strip();
        ProblemType type = ProblemType.parse(cells[1])
                .orElseThrow(() -> BusinessException.invalid("问题类型“" + cells[1].strip() + "”无法识别"));
        checkText(type, cells[2]);
        if (who.matches("\\d{12}")) {
            return new NewProblem(null, who, type, cells[2], source, deadline);
        }
        if (who.matches("\\d{1,11}")) {
            return new NewProblem(Long.parseLong(who), null, type, cells[2], source, deadline);
        }
        throw BusinessException.invalid("第一列“" + who + "”既不是户编号也不是12位行政区划代码");
    }

    static void checkText(ProblemType type, String description) {
        if (type == null) {
            throw BusinessException.invalidField("type", "请选择问题类型");
        }
        if (description == null || description.isBlank()) {
            throw BusinessException.invalidField("description", "问题描述不能为空");
        }
        if (description.strip().length() > MAX_DESCRIPTION) {
            throw BusinessException.invalidField("description", "问题描述不能超过" + MAX_DESCRIPTION + "字");
        }
    }
}
