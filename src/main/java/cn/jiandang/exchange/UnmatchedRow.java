package cn.jiandang.exchange;

/** A row of a 低保 file that matched no member of the archive: kept as a receipt, listed by its line (ID masked). */
public record UnmatchedRow(int line, String idNumber, String name, String countyCode) {}
