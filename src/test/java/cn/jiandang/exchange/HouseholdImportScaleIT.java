package cn.jiandang.exchange;

import cn.jiandang.household.IdNumber;
import cn.jiandang.it.PostgresAppTest;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Times the import of a generated file of {@code -Dimport.scale=<rows>} rows (three-member households in the villages
 * of province 41 that {@code bench/quality-province.sql} generated) and, for comparison, PostgreSQL's {@code COPY}
 * of the same CSV into an unlogged table of its seven text columns. Not part of CI.
 */
@PostgresAppTest
class HouseholdImportScaleIT {

    @Autowired
    ImportJobs imports;

    @Autowired
    ImportWorker worker;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void importRowsPerSecondAgainstCopy() throws Exception {
        int rows = Integer.getInteger("import.scale", 0);
        assumeTrue(rows > 0, "run with -Dimport.scale=<rows> on a generated province 41");
        List<String> villages = jdbc.queryForList(
                "select code from region where level = 'VILLAGE' and code like '410101%' order by code", String.class);
        String csv = csv(rows, villages);
        TestLogins.login(TestLogins.officer("bench41", Role.COUNTY_OFFICER, "410101000000"));
        long id = imports.submit("bench.csv", csv.getBytes(StandardCharsets.UTF_8), ImportMode.ALL_OR_NOTHING)
                .id();
        TestLogins.logout();
        long t0 = System.nanoTime();
        worker.runQueued();
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        TestLogins.login(TestLogins.officer("bench41", Role.COUNTY_OFFICER, "410101000000"));
        ImportJobView job = imports.job(id);
        double copySeconds = copy(csv);
        double importRate = rows / importSeconds;
        double copyRate = rows / copySeconds;
        System.out.printf(
                "[import scale] %d rows: import %.1f s (%.0f rows/s, %d written, %d errors); COPY to staging %.2f s"
                        + " (%.0f rows/s); ratio %.3f%n",
                rows,
                importSeconds,
                importRate,
                job.rowsWritten(),
                job.errorCount(),
                copySeconds,
                copyRate,
                importRate / copyRate);
        assertThat(job.errorCount()).isZero();
        assertThat(job.rowsWritten()).isEqualTo(rows);
    }

    private static String csv(int rows, List<String> villages) {
        StringBuilder b = new StringBuilder(String.join(",", HouseholdFile.HEADERS)).append('\n');
        String head = null;
        for (int n = 0; n < rows; n++) {
            // births from 2005 with sequences 500+: never one of the generated province's numbers
            LocalDate birth = LocalDate.of(2005, 1, 1).plusDays(n % 5000);
            String first17 = "410101" + birth.toString().replace("-", "") + String.format("%03d", 500 + n / 5000);
            String id = first17 + IdNumber.checkCharacter(first17);
            if (n % 3 == 0) {
                head = id;
            }
            String village = villages.get((n / 3) % villages.size());
            b.append(head)
                    .append(',')
                    .append(village)
                    .append(",13812345678,否,成员")
                    .append(n)
                    .append(',')
                    .append(id)
                    .append(',')
                    .append(n % 3 == 0 ? "户主" : n % 3 == 1 ? "配偶" : "子女")
                    .append('\n');
        }
        return b.toString();
    }

    private double copy(String csv) throws Exception {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute("create unlogged table if not exists bench_import_copy (head text, village text, phone text,"
                    + " away text, name text, id_number text, relation text)");
            s.execute("truncate bench_import_copy");
            long t0 = System.nanoTime();
            c.unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn("copy bench_import_copy from stdin (format csv, header true)", new StringReader(csv));
            return (System.nanoTime() - t0) / 1e9;
        }
    }
}
