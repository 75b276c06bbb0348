package cn.jiandang.bench.measure;

import cn.jiandang.bench.AppNode;
import cn.jiandang.bench.Login;
import cn.jiandang.exchange.ImportJobs;
import cn.jiandang.exchange.ImportMode;
import cn.jiandang.household.IdNumber;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * P5: the household import of a generated file (three-member households spread over the villages of one county) as
 * the worker does it in the background, timed by the job's own claim and finish instants, against two {@code COPY}s
 * of the same rows: into the registry's own household, member and membership tables with every index, constraint and
 * trigger they have (after the import, on the pages it warmed, in a transaction rolled back; the same households and
 * names, other ID numbers of the same block), and of the file into an unlogged, unindexed table of its seven text
 * columns (the speed of reading bytes, printed for comparison).
 *
 * <p>The people are new: ID numbers with the address code 1101xx, which the generated province (41xxxx) never holds,
 * the first such code no member holds yet, so that a re-run on the same database imports new people rather than
 * finding them unchanged. The households a run imported (rows/3 of them; 1 % of 1M for 30,000 rows) are removed with
 * every row that refers to them once it is measured, and those of earlier runs before it ({@link #removeImported}):
 * the size stays the one generated, run after run. Their audit entries stay (the log is append-only).
 */
public final class ImportThroughput {

    /** What one run measured. */
    public record Result(
            int rows,
            int written,
            int errors,
            String status,
            double importSeconds,
            double registrySeconds,
            double stagingSeconds,
            String addressCode) {

        public double importRate() {
            return rows / importSeconds;
        }

        public double registryRate() {
            return rows / registrySeconds;
        }

        public double stagingRate() {
            return rows / stagingSeconds;
        }

        /** The goal's ratio: the import against COPY into the registry's tables. */
        public double ratio() {
            return importRate() / registryRate();
        }
    }

    private static final int PER_SEQUENCE = 5000;
    private static final int COPY_SEQUENCE = 500;

    private final AppNode node;

    public ImportThroughput(AppNode node) {
        this.node = node;
    }

    public Result measure(int rows, Login countyOfficer, long timeoutMillis) throws Exception {
        if (rows > COPY_SEQUENCE * PER_SEQUENCE) {
            throw new IllegalArgumentException("at most " + COPY_SEQUENCE * PER_SEQUENCE + " rows");
        }
        int earlier = removeImported();
        if (earlier > 0) {
            System.out.printf("[bench] P5: removed %d households imported by earlier runs%n", earlier);
        }
        try {
            return measureOnce(rows, countyOfficer, timeoutMillis);
        } finally {
            removeImported();
        }
    }

    private Result measureOnce(int rows, Login countyOfficer, long timeoutMillis) throws Exception {
        List<String> villages = villages(countyOfficer.region());
        String address = freeAddressCode();
        String csv = csv(rows, villages, address, 0);
        Registry registry = registry(csv(rows, villages, address, COPY_SEQUENCE));
        countyOfficer.services();
        long id;
        try {
            id = node.bean(ImportJobs.class)
                    .submit("bench-p5.csv", csv.getBytes(StandardCharsets.UTF_8), ImportMode.ALL_OR_NOTHING)
                    .id();
        } finally {
            Login.logout();
        }
        Job job = awaitDone(id, timeoutMillis);
        double registrySeconds = copyToRegistry(registry);
        double stagingSeconds = copyToStaging(csv);
        return new Result(
                rows, job.written, job.errors, job.status, job.seconds, registrySeconds, stagingSeconds, address);
    }

    private List<String> villages(String county) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (Connection c = node.raw().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select code from region where level = 'VILLAGE' and code >= ? and code < ? order by code")) {
            String prefix = county.substring(0, 6);
            s.setString(1, prefix);
            s.setString(2, prefix + "~");
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    codes.add(rs.getString(1));
                }
            }
        }
        if (codes.isEmpty()) {
            throw new IllegalStateException("no villages in county " + county);
        }
        return codes;
    }

    /**
     * Deletes the households whose members have ID numbers of 1101xx (only P5 imports them) and, first, the rows of every
     * table with a foreign key to them or to their members (found in the catalog, so a new table is not forgotten), in
     * one transaction; returns how many households went.
     */
    int removeImported() throws SQLException {
        try (Connection c = node.raw().getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("create temp table bench_gone_household on commit drop as select distinct household_id as id"
                        + " from member where id_number >= '110100' and id_number < '110200'");
                s.execute("create temp table bench_gone_member on commit drop as select id from member"
                        + " where household_id in (select id from bench_gone_household)");
                for (String[] ref : references(c, "member")) {
                    s.executeUpdate(
                            "delete from " + ref[0] + " where " + ref[1] + " in (select id from bench_gone_member)");
                }
                for (String[] ref : references(c, "household")) {
                    if (!ref[0].equals("member")) {
                        s.executeUpdate("delete from " + ref[0] + " where " + ref[1]
                                + " in (select id from bench_gone_household)");
                    }
                }
                s.executeUpdate("delete from member where id in (select id from bench_gone_member)");
                int gone = s.executeUpdate("delete from household where id in (select id from bench_gone_household)");
                c.commit();
                return gone;
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
    }

    /** The (table, column) pairs of the single-column foreign keys to {@code table}'s id. */
    private static List<String[]> references(Connection c, String table) throws SQLException {
        List<String[]> refs = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select k.conrelid::regclass::text, a.attname"
                + " from pg_constraint k join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]"
                + " where k.contype = 'f' and k.confrelid = ?::regclass and cardinality(k.conkey) = 1")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    refs.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        }
        return refs;
    }

    /** The first address code 110101..110199 that no member's ID number starts with. */
    private String freeAddressCode() throws SQLException {
        try (Connection c = node.raw().getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select exists (select 1 from member where id_number >= ? and id_number < ?)")) {
            for (int k = 1; k <= 99; k++) {
                String code = String.format("1101%02d", k);
                s.setString(1, code);
                s.setString(2, code + "~");
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        return code;
                    }
                }
            }
        }
        throw new IllegalStateException("address codes 110101..110199 are all taken: -Dbench.regenerate=true");
    }

    private record Job(String status, int written, int errors, double seconds) {}

    /** Waits for the background worker to finish the job; its duration is its own claim → finish. */
    private Job awaitDone(long id, long timeoutMillis) throws Exception {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        try (Connection c = node.raw().getConnection();
                PreparedStatement s = c.prepareStatement("select status, rows_written, error_count,"
                        + " extract(epoch from finished_at - started_at) from import_job where id = ?")) {
            s.setLong(1, id);
            while (true) {
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    String status = rs.getString(1);
                    if ("DONE".equals(status) || "FAILED".equals(status)) {
                        return new Job(status, rs.getInt(2), rs.getInt(3), rs.getDouble(4));
                    }
                }
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("import job " + id + " not done after " + timeoutMillis + " ms");
                }
                Thread.sleep(200);
            }
        }
    }

    /** The file: a row per member, the head's ID number as the household key, births from 2005. */
    static String csv(int rows, List<String> villages, String address, int firstSequence) {
        // the template's header line, as an official's file has it
        String header = ImportJobs.templateCsv().lines().findFirst().orElseThrow();
        StringBuilder b = new StringBuilder(header).append('\n');
        String head = null;
        for (int n = 0; n < rows; n++) {
            LocalDate birth = LocalDate.of(2005, 1, 1).plusDays(n % PER_SEQUENCE);
            String first17 = address
                    + birth.toString().replace("-", "")
                    + String.format("%03d", firstSequence + n / PER_SEQUENCE);
            String id = first17 + IdNumber.checkCharacter(first17);
            if (n % 3 == 0) {
                head = id;
            }
            b.append(head)
                    .append(',')
                    .append(villages.get((n / 3) % villages.size()))
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

    /** The rows the import writes for a file, as COPY text of household, member and household_membership. */
    private record Registry(String households, String members, String memberships, int householdCount, int rows) {}

    /**
     * The file's households and members as the registry stores them (sex and birth date from the ID number, ids far
     * above any sequence's), built before the clock starts: the COPY side does no checks.
     */
    private static Registry registry(String csv) {
        StringBuilder h = new StringBuilder();
        StringBuilder m = new StringBuilder();
        StringBuilder ms = new StringBuilder();
        String[] lines = csv.split("\n");
        long household = 2_000_000_000L;
        long member = 2_000_000_000L;
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
                        .append("\tfalse\tfalse\tfalse\t0\t2026-12-06 00:00:00\n");
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
     * COPY of the same households, members and memberships into the registry's own tables, in one transaction that is
     * then rolled back: what the import writes at the least, without its checks, versions and audit entries.
     */
    private double copyToRegistry(Registry r) throws Exception {
        try (Connection c = node.raw().getConnection()) {
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
                if (households != r.householdCount() || members != r.rows() || memberships != r.rows()) {
                    throw new IllegalStateException("COPY wrote " + households + "/" + members + "/" + memberships
                            + " rows, expected " + r.householdCount() + "/" + r.rows() + "/" + r.rows());
                }
                return seconds;
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        }
    }

    /** COPY of the file into an unlogged table of its seven text columns, no index. */
    private double copyToStaging(String csv) throws Exception {
        try (Connection c = node.raw().getConnection();
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
