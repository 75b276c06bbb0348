package cn.jiandang.exchange;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/** The import jobs' rows: the job the progress bar polls, its file, its bad rows. */
@Component
class ImportStore {

    private static final RowMapper<ImportJobView> VIEW = (rs, i) -> new ImportJobView(
            rs.getLong("id"),
            ImportStatus.valueOf(rs.getString("status")),
            ImportMode.valueOf(rs.getString("mode")),
            rs.getString("file_name"),
            rs.getString("imported_by"),
            rs.getTimestamp("created_at").toInstant(),
            rs.getTimestamp("finished_at") == null
                    ? null
                    : rs.getTimestamp("finished_at").toInstant(),
            rs.getInt("rows_total"),
            rs.getInt("rows_read"),
            rs.getInt("rows_written"),
            rs.getInt("rows_unchanged"),
            rs.getInt("error_count"),
            rs.getInt("households_created"),
            rs.getString("failure"),
            rs.getString("kind"),
            rs.getString("quarter"),
            rs.getInt("rows_unmatched"));

    /** What the worker needs of a job besides its file. */
    record Job(
            long id,
            String kind,
            ImportMode mode,
            String quarter,
            String format,
            String fileName,
            String importedBy,
            String officerRegion) {

        ImportRequest request() {
            return new ImportRequest(id, kind, mode, quarter, fileName, importedBy, officerRegion);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    ImportStore(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            String kind,
            String quarter,
            ImportMode mode,
            String format,
            String fileName,
            byte[] content,
            String sha256,
            String by,
            String region,
            String roles,
            Instant at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                """
                insert into import_job (kind, quarter, mode, format, status, file_name, size_bytes, sha256,
                                        imported_by, officer_region, officer_roles, created_at)
                values (:kind, :quarter, :mode, :format, 'QUEUED', :name, :size, :sha, :by, :region, :roles, :at)""",
                new MapSqlParameterSource("mode", mode.name())
                        .addValue("kind", kind)
                        .addValue("quarter", quarter)
                        .addValue("format", format)
                        .addValue("name", fileName)
                        .addValue("size", content.length)
                        .addValue("sha", sha256)
                        .addValue("by", by)
                        .addValue("region", region)
                        .addValue("roles", roles)
                        .addValue("at", Timestamp.from(at)),
                key,
                new String[] {"id"});
        long id = key.getKey().longValue();
        jdbc.update(
                "insert into import_file (job_id, content) values (:id, :content)",
                new MapSqlParameterSource("id", id).addValue("content", content));
        return id;
    }

    Optional<ImportJobView> view(long id) {
        return jdbc.query("select * from import_job where id = :id", new MapSqlParameterSource("id", id), VIEW).stream()
                .findFirst();
    }

    List<ImportJobView> byOfficer(String username, String kind, int limit) {
        return jdbc.query(
                """
                select * from import_job where imported_by = :by and kind = :kind
                order by id desc fetch first :limit rows only""",
                new MapSqlParameterSource("by", username).addValue("kind", kind).addValue("limit", limit),
                VIEW);
    }

    List<RowError> errors(long id, int limit) {
        return jdbc.query(
                "select line, field, message from import_error where job_id = :id order by seq fetch first :limit rows only",
                new MapSqlParameterSource("id", id).addValue("limit", limit),
                (rs, i) -> new RowError(rs.getInt(1), rs.getString(2), rs.getString(3)));
    }

    Optional<Long> nextQueued() {
        return jdbc
                .queryForList(
                        "select id from import_job where status = 'QUEUED' order by id fetch first 1 rows only",
                        new MapSqlParameterSource(),
                        Long.class)
                .stream()
                .findFirst();
    }

    /** Exactly one node's claim finds the job still queued. */
    boolean claim(long id, String node, Instant at) {
        return jdbc.update(
                        """
                        update import_job set status = 'RUNNING', claimed_by = :node, started_at = :at
                        where id = :id and status = 'QUEUED'""",
                        new MapSqlParameterSource("id", id)
                                .addValue("node", node)
                                .addValue("at", Timestamp.from(at)))
                == 1;
    }

    Job job(long id) {
        return jdbc.queryForObject(
                "select * from import_job where id = :id",
                new MapSqlParameterSource("id", id),
                (rs, i) -> new Job(
                        id,
                        rs.getString("kind"),
                        ImportMode.valueOf(rs.getString("mode")),
                        rs.getString("quarter"),
                        rs.getString("format"),
                        rs.getString("file_name"),
                        rs.getString("imported_by"),
                        rs.getString("officer_region")));
    }

    byte[] content(long id) {
        return jdbc.queryForObject(
                "select content from import_file where job_id = :id",
                new MapSqlParameterSource("id", id),
                (rs, i) -> rs.getBytes(1));
    }

    void progress(long id, int total, int read, int written, int unchanged, int errors, int households) {
        jdbc.update(
                """
                update import_job set rows_total = :total, rows_read = :read, rows_written = :written,
                       rows_unchanged = :unchanged, error_count = :errors, households_created = :households
                where id = :id""",
                new MapSqlParameterSource("id", id)
                        .addValue("total", total)
                        .addValue("read", read)
                        .addValue("written", written)
                        .addValue("unchanged", unchanged)
                        .addValue("errors", errors)
                        .addValue("households", households));
    }

    void unmatched(long id, int unmatched) {
        jdbc.update(
                "update import_job set rows_unmatched = :n where id = :id",
                new MapSqlParameterSource("id", id).addValue("n", unmatched));
    }

    void errors(long id, List<RowError> errors) {
        jdbc.getJdbcTemplate()
                .batchUpdate(
                        "insert into import_error (job_id, seq, line, field, message) values (?, ?, ?, ?, ?)",
                        IntStream.range(0, errors.size())
                                .mapToObj(i -> new Object[] {
                                    id,
                                    i,
                                    errors.get(i).line(),
                                    errors.get(i).field(),
                                    cut(errors.get(i).message())
                                })
                                .toList());
    }

    void finish(long id, ImportStatus status, String failure, Instant at) {
        jdbc.update(
                "update import_job set status = :status, failure = :failure, finished_at = :at where id = :id",
                new MapSqlParameterSource("id", id)
                        .addValue("status", status.name())
                        .addValue("failure", failure == null ? null : cut(failure))
                        .addValue("at", Timestamp.from(at)));
    }

    private static String cut(String s) {
        return s.length() > 500 ? s.substring(0, 500) : s;
    }
}
