package cn.jiandang.exchange;

import cn.jiandang.household.IdNumber;
import cn.jiandang.it.PostgresAppTest;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
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
 * of province 41 that {@code bench/quality-province.sql} generated) against two {@code COPY}s of the same rows: into
 * the registry's own household, member and membership tables with their indexes, constraints and triggers (after the
 * import, on its warm pages, in a transaction rolled back; the same households and names, ID numbers of the next
 * sequence block), and of the CSV into an unlogged table of its seven text columns (the first, flattering baseline,
 * kept for comparison). Each run takes ID numbers no earlier run took, so it needs no
 * fresh database. Not part of CI.
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
        int sequence = freeSequence();
        String csv = csv(rows, villages, sequence);
        // the COPY of the registry's tables takes the next block's numbers: rolled back, its rows leave dead entries
        // in the unique ID-number index, which the import of the same numbers would have to step over
        Registry registry = registry(csv(rows, villages, sequence + 25));
        TestLogins.login(TestLogins.officer("bench41", Role.COUNTY_OFFICER, "410101000000"));
        long id = imports.submit("bench.csv", csv.getBytes(StandardCharsets.UTF_8), ImportMode.ALL_OR_NOTHING)
                .id();
        TestLogins.logout();
        long t0 = System.nanoTime();
        worker.runQueued();
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        TestLogins.login(TestLogins.officer("bench41", Role.COUNTY_OFFICER, "410101000000"));
        ImportJobView job = imports.job(id);
        double registrySeconds = copyToRegistry(registry);
        double copySeconds = copy(csv);
        double importRate = rows / importSeconds;
        double copyRate = rows / copySeconds;
        double registryRate = rows / registrySeconds;
        System.out.printf(
                "[import scale] %d rows: import %.1f s (%.0f rows/s, %d written, %d errors); COPY to registry tables"
                        + " %.2f s (%.0f rows/s), ratio %.3f; COPY to staging %.2f s (%.0f rows/s), ratio %.3f%n",
                rows,
                importSeconds,
                importRate,
                job.rowsWritten(),
                job.errorCount(),
                registrySeconds,
                registryRate,
                importRate / registryRate,
                copySeconds,
                copyRate,
                importRate / copyRate);
        assertThat(job.errorCount()).isZero();
        assertThat(job.rowsWritten()).isEqualTo(rows);
    }

    /**
     * The first block of ID-number sequences (from 500, 50 a run: 25 for the import, 100,000 rows use 20 of them, and
     * 25 for the COPY) that no member holds yet, so that a re-run on the same database imports new people rather than
     * finding them all unchanged.
     */
    private int freeSequence() {
        for (int from = 500; from + 50 <= 1000; from += 50) {
            String first17 = "41010120050101" + from;
            Integer taken = jdbc.queryForObject(
                    "select count(*) from member where id_number = ?",
                    Integer.class,
                    first17 + IdNumber.checkCharacter(first17));
            if (taken == 0) {
                return from;
            }
        }
        throw new IllegalStateException("all sequence blocks are taken: load province 41 afresh");
    }

    private static String csv(int rows, List<String> villages, int sequence) {
        StringBuilder b = new StringBuilder(String.join(",", HouseholdFile.HEADERS)).append('\n');
        String head = null;
        for (int n = 0; n < rows; n++) {
            // births from 2005 with sequences 500+: never one of the generated province's numbers
            LocalDate birth = LocalDate.of(2005, 1, 1).plusDays(n % 5000);
            String first17 = "410101" + birth.toString().replace("-", "") + String.format("%03d", sequence + n / 5000);
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

    /** The rows the import writes for this file, as COPY text of household, member and household_membership. */
    private record Registry(String households, String members, String memberships, int householdCount, int rows) {}

    /**
     * The file's households and members as the registry stores them (sex and birth date from the ID number, ids from
     * far above any sequence's), built before the clock starts: the COPY side does no checks.
     */
    private static Registry registry(String csv) {
        StringBuilder h = new StringBuilder();
        StringBuilder m = new StringBuilder();
        StringBuilder ms = new StringBuilder();
        String[] lines = csv.split("\n");
        long household = 900_000_000L;
        long member = 900_000_000L;
        String head = null;
        int households = 0;
        for (int i = 1; i < lines.length; i++) {
            String[] c = lines[i].split(",");
            if (!c[0].equals(head)) {
                head = c[0];
                household++;
                households++;
                h.append(household)
                        .append('\t')
                        .append(c[1])
                        .append('\t')
                        .append(c[2])
                        .append("\tfalse\tfalse\tfalse\t0\t2026-12-05 00:00:00\n");
            }
            member++;
            IdNumber id = IdNumber.of(c[5]);
            String relation = c[6].equals("户主") ? "HEAD" : c[6].equals("配偶") ? "SPOUSE" : "CHILD";
            m.append(member)
                    .append('\t')
                    .append(household)
                    .append('\t')
                    .append(c[4])
                    .append('\t')
                    .append(id.value())
                    .append('\t')
                    .append(relation)
                    .append('\t')
                    .append(id.isMale() ? "MALE" : "FEMALE")
                    .append('\t')
                    .append(id.birthDate())
                    .append("\tfalse\tfalse\n");
            ms.append(household).append('\t').append(member).append('\n');
        }
        return new Registry(h.toString(), m.toString(), ms.toString(), households, lines.length - 1);
    }

    /**
     * COPY of the same households, members and memberships into the registry's own tables (their indexes, unique ID
     * number, foreign keys and triggers), in one transaction that is then rolled back: what the import writes at the
     * least, without its checks, versions and audit entries.
     */
    private double copyToRegistry(Registry r) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
                long t0 = System.nanoTime();
                long households = copy.copyIn(
                        "copy household (id, village_code, contact_phone, works_away, risk_eliminated, relocated,"
                                + " version, created_at) from stdin",
                        new StringReader(r.households()));
                long members = copy.copyIn(
                        "copy member (id, household_id, name, id_number, relation, sex, birth_date, departed,"
                                + " migrant_work) from stdin",
                        new StringReader(r.members()));
                long memberships = copy.copyIn(
                        "copy household_membership (household_id, member_id) from stdin",
                        new StringReader(r.memberships()));
                double seconds = (System.nanoTime() - t0) / 1e9;
                assertThat(households).isEqualTo(r.householdCount());
                assertThat(members).isEqualTo(r.rows());
                assertThat(memberships).isEqualTo(r.rows());
                return seconds;
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }
}
