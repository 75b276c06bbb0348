package cn.jiandang.exchange;

/** A bad row of a file: its line (the header is line 1), the column's field name and what to fix, in Chinese. */
public record RowError(int line, String field, String message) {}
