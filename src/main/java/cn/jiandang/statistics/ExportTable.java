package cn.jiandang.statistics;

import cn.jiandang.region.RegionCode;

import java.time.LocalDate;
import java.util.List;

/**
 * A dashboard table to export, as shown: its title, the region and day it is of, the column headers and the rows
 * (numbers stay numbers in the workbook), and the labels of the heading lines in the officer's language.
 */
public record ExportTable(
        String title,
        RegionCode region,
        String regionName,
        LocalDate day,
        List<String> headers,
        List<List<Object>> rows,
        Heading heading) {

    /** Labels of the lines above the table: region, day, exported by, exported at. */
    public record Heading(String region, String day, String exportedBy, String exportedAt) {}
}
