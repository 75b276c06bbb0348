package cn.jiandang.exchange;

import java.util.List;

/**
 * A kind of file the import machinery works besides households (低保 quarters, incomes, problem lists): the machinery
 * stores the file with a queued job, reads it (CSV or XLSX, columns by position as {@link #fields()}), and calls
 * {@link #run} in one transaction with the job's row errors and counts, so that nothing is half-written; the feature
 * that owns the rows implements this.
 */
public interface ImportHandler {

    /** The job's kind as stored, e.g. {@code DIBAO}. */
    String kind();

    /** Field names of the columns in order, as row errors name them. */
    List<String> fields();

    /**
     * Checks every row and writes what the mode allows (all-or-nothing: nothing when a row is bad), in the caller's
     * transaction; the system is the actor, the officer's region is on the request.
     */
    Outcome run(ImportRequest job, List<FileLine> lines);

    /** Bad rows; rows written (added, changed or removed) and unchanged; rows that matched nothing in the archive. */
    record Outcome(List<RowError> errors, int written, int unchanged, int unmatched) {}
}
