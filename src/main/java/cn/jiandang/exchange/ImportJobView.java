package cn.jiandang.exchange;

import java.time.Instant;

/**
 * An import as its progress bar and report show it: rows read of the total, rows written, rows already in the
 * archive (unchanged on a re-import), bad rows, households created; its kind (HOUSEHOLDS, DIBAO, INCOMES, PROBLEMS), the
 * quarter of a 低保 file and its rows that matched no member of the archive.
 */
public record ImportJobView(
        long id,
        ImportStatus status,
        ImportMode mode,
        String fileName,
        String importedBy,
        Instant createdAt,
        Instant finishedAt,
        int rowsTotal,
        int rowsRead,
        int rowsWritten,
        int rowsUnchanged,
        int errorCount,
        int householdsCreated,
        String failure,
        String kind,
        String quarter,
        int rowsUnmatched) {

    /** 0..1 for the progress bar: reading and checking is the first half, writing the second. */
    public double progress() {
        if (status.finished()) {
            return 1;
        }
        if (rowsTotal == 0) {
            return 0;
        }
        return Math.min(1, (rowsRead + (double) rowsWritten + rowsUnchanged + errorCount) / (2.0 * rowsTotal));
    }
}
