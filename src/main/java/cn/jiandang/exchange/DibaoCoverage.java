package cn.jiandang.exchange;

import java.math.BigDecimal;
import java.util.List;

/**
 * The 低保 coverage table of a region (R15): its counties by quarter. A county and quarter civil affairs delivered no
 * data for is {@link Status#MISSING}, with no counts at all: missing is never zero.
 */
public record DibaoCoverage(String region, List<String> quarters, List<County> counties) {

    public enum Status {
        DELIVERED,
        MISSING
    }

    /** One county's row: a cell per quarter of the table, in the table's order. */
    public record County(String code, String name, List<Cell> cells) {}

    /** Recipients, those matched to a member of the archive, their households and the amount; null when missing. */
    public record Cell(
            String quarter, Status status, Integer recipients, Integer matched, Integer households, BigDecimal amount) {

        static Cell missing(String quarter) {
            return new Cell(quarter, Status.MISSING, null, null, null, null);
        }
    }
}
