package cn.jiandang.exchange;

/**
 * A queued file as a handler works it: the job, its kind and mode, the quarter of a 低保 file, and the officer whose
 * region the rows must lie in (recorded when the file was submitted: the worker runs as the system).
 */
public record ImportRequest(
        long id,
        String kind,
        ImportMode mode,
        String quarter,
        String fileName,
        String importedBy,
        String officerRegion) {

    /** How the audit and the written rows name the import. */
    public String source() {
        return "导入任务 " + id + "（" + importedBy + "）";
    }
}
