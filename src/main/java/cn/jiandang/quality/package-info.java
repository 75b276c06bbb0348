/**
 * Data quality (数据清洗): a rule set in set-based SQL run over a region on demand and nightly, the problems each run
 * finds (a re-run closes those gone), a problem list per county that the province or centre reviews and the centre
 * issues as rectification cases, and the trends per rule and region.
 */
package cn.jiandang.quality;
