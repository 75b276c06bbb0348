package cn.jiandang.statistics;

import java.time.LocalDate;
import java.util.List;

/** One snapshot day of a region: the four categories and the day's changes per procedure. */
public record DailyStatistics(LocalDate day, RegionFigures figures, List<ProcedureChange> changes) {}
