package cn.jiandang.rectification;

import java.util.List;

/** What a problem-list import did: the cases created from valid rows, and each invalid row with its reason. */
public record ImportReport(List<Long> createdCaseIds, List<RowError> errors) {

    public record RowError(int row, String message) {
        @Override
        public String toString() {
            return "第" + row + "行：" + message;
        }
    }
}
