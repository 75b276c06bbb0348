package cn.jiandang.warning;

import cn.jiandang.exchange.ImportJobView;
import cn.jiandang.exchange.ImportJobs;
import cn.jiandang.exchange.ImportMode;
import cn.jiandang.exchange.ImportStatus;
import cn.jiandang.exchange.TestImports;
import cn.jiandang.household.IdNumber;
import cn.jiandang.security.TestLogins;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 10,000 generated signals (valid GB 11643 numbers) for 2,500 generated households of county 130126 in five categories,
 * with last year's incomes: the import raises a warning exactly for the households the rules of warning-rules.dmn, as
 * recomputed here in plain Java from the generated data, name, with the rule's risk; the same file again raises
 * nothing. On H2 ({@link WarningImportScaleTest}) and PostgreSQL ({@link WarningImportPostgresIT}).
 */
abstract class WarningImportContract {

    static final int HOUSEHOLDS = 2500;
    static final int SIGNALS_PER_HOUSEHOLD = 4;
    static final String[] VILLAGES = {
        "130126100201", "130126100202", "130126100203", "130126101201", "130126101202", "130126101203"
    };
    static final String[] CATEGORIES = {null, "EXITED", "MARGINAL", "MONITORED", "POOR", null, "EXITED"};
    static final SignalSource[] SOURCES = SignalSource.values();

    @Autowired
    ApplicationContext ctx;

    @Autowired
    ImportJobs imports;

    @Autowired
    JdbcTemplate jdbc;

    record Signal(SignalSource source, int household, int member, LocalDate date, BigDecimal amount) {}

    final LocalDate today = LocalDate.now();
    final Random random = new Random(17);
    final List<String> heads = new ArrayList<>();
    final List<String> spouses = new ArrayList<>();
    final List<BigDecimal> incomes = new ArrayList<>();

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void tenThousandSignalsRaiseWarningsExactlyWhereTheRulesSay() {
        registerHouseholds();
        Map<String, Long> householdOf = jdbc
                .query(
                        "select id_number, household_id from member where id_number like '130199%'",
                        (rs, i) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(householdOf).hasSize(2 * HOUSEHOLDS);
        List<Signal> signals = signals();
        List<String> lines = signals.stream()
                .map(s -> TestSignals.line(
                        s.source().label(),
                        (s.member() == 0 ? heads : spouses).get(s.household()),
                        s.date(),
                        s.amount()))
                .toList();
        assertThat(lines).hasSize(10_000);

        long started = System.nanoTime();
        ImportJobView job = TestSignals.importAs(ctx, "county2", lines, ImportMode.ALL_OR_NOTHING);
        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("warning: 10000 signals imported and judged in %d ms%n", millis);

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.errorCount()).isZero();
        assertThat(job.rowsWritten()).isEqualTo(10_000);
        Map<Long, String> expected = new HashMap<>();
        expectedRisks(signals).forEach((h, risk) -> expected.put(householdOf.get(heads.get(h)), risk));
        Map<Long, String> raised = jdbc
                .query(
                        "select w.household_id, w.risk from warning w where w.import_job_id = ?",
                        (rs, i) -> Map.entry(rs.getLong(1), rs.getString(2)),
                        job.id())
                .stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(expected).hasSizeGreaterThan(300);
        assertThat(raised).isEqualTo(expected);
        assertThat(jdbc.queryForObject(
                        "select count(*) from warning w where w.import_job_id = ? and w.process_instance_id is not null"
                                + " and exists (select 1 from open_task t where t.process_instance_id"
                                + " = w.process_instance_id)",
                        Long.class,
                        job.id()))
                .as("every warning's task is in the task list's projection")
                .isEqualTo(expected.size());

        ImportJobView again = TestSignals.importAs(ctx, "county2", lines, ImportMode.ALL_OR_NOTHING);
        assertThat(again.rowsWritten()).isZero();
        assertThat(again.rowsUnchanged()).isEqualTo(10_000);
        assertThat(jdbc.queryForObject("select count(*) from warning where import_job_id = ?", Long.class, again.id()))
                .isZero();
    }

    /** The rules of warning-rules.dmn, in Java: the first that applies to the household's last 12 months. */
    Map<Integer, String> expectedRisks(List<Signal> signals) {
        LocalDate since = today.minusMonths(12);
        Map<Integer, List<Signal>> byHousehold =
                signals.stream().filter(s -> s.date().isAfter(since)).collect(Collectors.groupingBy(Signal::household));
        Map<Integer, String> risks = new HashMap<>();
        byHousehold.forEach((h, list) -> {
            String category = CATEGORIES[h % CATEGORIES.length];
            BigDecimal income = incomes.get(h);
            BigDecimal medical = sum(list, SignalSource.MEDICAL);
            BigDecimal disaster = sum(list, SignalSource.DISASTER);
            boolean has = income != null && income.signum() > 0;
            String risk = null;
            if ("POOR".equals(category)) {
                risk = null;
            } else if (has && medical.multiply(BigDecimal.valueOf(2)).compareTo(income) > 0) {
                risk = "ILLNESS";
            } else if (has && disaster.multiply(BigDecimal.valueOf(3)).compareTo(income) > 0) {
                risk = "DISASTER";
            } else if (any(list, SignalSource.DISABILITY) && any(list, SignalSource.UNEMPLOYMENT)) {
                risk = "DISABILITY";
            } else if (any(list, SignalSource.DIBAO_CANCELLED)
                    && ("MONITORED".equals(category) || "MARGINAL".equals(category))) {
                risk = "LACK_OF_FUNDS";
            }
            if (risk != null) {
                risks.put(h, risk);
            }
        });
        return risks;
    }

    private static BigDecimal sum(List<Signal> list, SignalSource source) {
        return list.stream()
                .filter(s -> s.source() == source)
                .map(Signal::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static boolean any(List<Signal> list, SignalSource source) {
        return list.stream().anyMatch(s -> s.source() == source);
    }

    /** Four signals a household, one in each quarter of the last year; one in twenty older than 12 months. */
    List<Signal> signals() {
        List<Signal> signals = new ArrayList<>();
        for (int h = 0; h < HOUSEHOLDS; h++) {
            for (int k = 0; k < SIGNALS_PER_HOUSEHOLD; k++) {
                SignalSource source = SOURCES[random.nextInt(SOURCES.length)];
                LocalDate date = random.nextInt(20) == 0
                        ? today.minusMonths(13).minusDays(k)
                        : today.minusDays(5 + k * 85L + random.nextInt(80));
                BigDecimal amount = source.amountRequired() ? BigDecimal.valueOf(random.nextInt(800_000), 2) : null;
                signals.add(new Signal(source, h, random.nextInt(2), date, amount));
            }
        }
        return signals;
    }

    /** Two-person households through the household import, last year's incomes through the income import. */
    void registerHouseholds() {
        StringBuilder file = new StringBuilder("户主身份证号,村代码,联系电话,是否外出务工,姓名,身份证号,与户主关系\r\n");
        StringBuilder incomeFile = new StringBuilder("户主身份证号,收入年度,工资性收入,生产经营性收入,财产性收入,转移性收入,生产经营性支出\r\n");
        for (int h = 0; h < HOUSEHOLDS; h++) {
            String head = id(2 * h);
            String spouse = id(2 * h + 1);
            heads.add(head);
            spouses.add(spouse);
            String village = VILLAGES[h % VILLAGES.length];
            file.append(head)
                    .append(',')
                    .append(village)
                    .append(",13800000000,否,王建国,")
                    .append(head)
                    .append(",户主\r\n");
            file.append(head)
                    .append(',')
                    .append(village)
                    .append(",13800000000,否,李秀英,")
                    .append(spouse)
                    .append(",配偶\r\n");
            BigDecimal income = h % 17 == 0 ? null : BigDecimal.valueOf(4000 + random.nextInt(16) * 1000L);
            incomes.add(income == null ? null : income.setScale(2));
            if (income != null) {
                incomeFile
                        .append(head)
                        .append(',')
                        .append(today.getYear() - 1)
                        .append(',')
                        .append(income)
                        .append(",0,0,0,0\r\n");
            }
        }
        TestLogins.login("county2");
        ImportJobView households = imports.submit(
                "households.csv", file.toString().getBytes(StandardCharsets.UTF_8), ImportMode.ALL_OR_NOTHING);
        TestImports.runQueued(ctx);
        TestLogins.login("county2");
        assertThat(imports.job(households.id()).errorCount()).isZero();
        ImportJobView incomeJob = imports.submitIncomes(
                "incomes.csv", incomeFile.toString().getBytes(StandardCharsets.UTF_8), ImportMode.ALL_OR_NOTHING);
        TestImports.runQueued(ctx);
        TestLogins.login("county2");
        assertThat(imports.job(incomeJob.id()).errorCount()).isZero();
        List<Object[]> categories = new ArrayList<>();
        for (int h = 0; h < HOUSEHOLDS; h++) {
            if (CATEGORIES[h % CATEGORIES.length] != null) {
                categories.add(new Object[] {CATEGORIES[h % CATEGORIES.length], heads.get(h)});
            }
        }
        // the fixture's categories, set directly: the rules read the current category only
        jdbc.batchUpdate(
                "update household set category = ? where id = (select household_id from member where id_number = ?)",
                categories);
    }

    /** A valid number of an area no demo household uses, one birth day per person. */
    static String id(int n) {
        String first17 =
                "130199" + LocalDate.of(1940, 1, 1).plusDays(n).toString().replace("-", "") + "701";
        return first17 + IdNumber.checkCharacter(first17);
    }
}
