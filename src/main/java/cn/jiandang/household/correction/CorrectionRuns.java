package cn.jiandang.household.correction;

import cn.jiandang.common.BusinessException;
import cn.jiandang.region.RegionCode;
import cn.jiandang.security.Masking;
import cn.jiandang.security.RegionAccess;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;

/**
 * The applied R7 corrections and what each changed, household by household, kept so that a run's report can be
 * downloaded again at any time (the months it names are those before the correction). Items are written set-wise
 * (one batch insert per run), read with the household's head and the member in one query.
 */
@Service
@Transactional(readOnly = true)
public class CorrectionRuns {

    private static final String ROWS = """
            select i.item_kind, i.household_id, h.village_code, i.from_month, i.to_month, m.name, m.id_number,
                   (select hm.name from member hm
                    where hm.household_id = h.id and hm.relation = 'HEAD' and hm.departed = false
                    order by hm.id limit 1) as head_name,
                   (select hm.id_number from member hm
                    where hm.household_id = h.id and hm.relation = 'HEAD' and hm.departed = false
                    order by hm.id limit 1) as head_id
            from correction_item i
            join household h on h.id = i.household_id
            left join natural_change c on c.id = i.natural_change_id
            left join member m on m.id = c.member_id
            where i.log_id = ?
            order by i.id
            """;

    private final JdbcTemplate jdbc;
    private final RegionAccess access;

    CorrectionRuns(JdbcTemplate jdbc, RegionAccess access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    /** The runs over the region or any region in it, newest first. */
    public List<CorrectionRun> runs(RegionCode scope) {
        access.checkRead(scope);
        return jdbc.query(
                "select id, scope_code, applied_at, applied_by, households, natural_changes, summary from correction_log"
                        + " where scope_code between ? and ? order by id desc",
                (rs, n) -> new CorrectionRun(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getString(7)),
                scope.lowerBound(),
                scope.upperBound());
    }

    /** The lines of one run's report, for a reader of its region. */
    public List<CorrectionRow> rows(long runId) {
        List<String> scope =
                jdbc.queryForList("select scope_code from correction_log where id = ?", String.class, runId);
        if (scope.isEmpty()) {
            throw BusinessException.notFound("没有编号为 " + runId + " 的批量更正");
        }
        access.checkRead(RegionCode.of(scope.get(0)));
        return jdbc.query(ROWS, CorrectionRuns::row, runId);
    }

    /** Keeps what a run changed (and the births it left), in the run's transaction, in one batch. */
    @Transactional
    void keep(long runId, List<Item> items) {
        jdbc.batchUpdate(
                "insert into correction_item (log_id, household_id, item_kind, natural_change_id, from_month, to_month)"
                        + " values (?, ?, ?, ?, ?, ?)",
                items.stream()
                        .map(i -> new Object[] {
                            runId, i.householdId(), i.kind(), i.changeId(), month(i.from()), month(i.to())
                        })
                        .toList());
    }

    /** One thing a run changed or kept, with the months before and after. */
    record Item(long householdId, String kind, Long changeId, YearMonth from, YearMonth to) {}

    private static CorrectionRow row(ResultSet rs, int n) throws SQLException {
        String kind = rs.getString(1);
        boolean member = !CorrectionRow.IDENTIFICATION_MONTH.equals(kind);
        String idNumber = member ? rs.getString(7) : rs.getString(9);
        return new CorrectionRow(
                kind,
                rs.getLong(2),
                rs.getString(3),
                rs.getString(8) == null ? "" : rs.getString(8),
                member ? rs.getString(6) : null,
                idNumber == null ? null : Masking.idNumber(idNumber),
                YearMonth.from(rs.getDate(4).toLocalDate()),
                YearMonth.from(rs.getDate(5).toLocalDate()));
    }

    static Date month(YearMonth m) {
        return Date.valueOf(m.atDay(1));
    }
}
