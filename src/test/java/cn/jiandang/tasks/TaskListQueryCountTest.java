package cn.jiandang.tasks;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.TestHouseholds;
import cn.jiandang.household.Category;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.IdentificationIntake;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.riskelimination.RiskEliminationIntake;
import cn.jiandang.riskelimination.RiskEvidence;
import cn.jiandang.security.Role;
import cn.jiandang.security.TestLogins;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of the task list asks the registry once per procedure on the page for what its cases are about (through
 * each procedure's {@link CaseSummaries}), never once per task: 50 tasks of two procedures, two household queries.
 */
@JiandangSpringTest
class TaskListQueryCountTest {

    /** The registry's one query for the summaries of many households (HouseholdRepository.findSummaryRows). */
    private static final String SUMMARIES = "from Household h left join h.members m where h.id in :ids";

    @Autowired
    TaskListService taskList;

    @Autowired
    IdentificationIntake identification;

    @Autowired
    RiskEliminationIntake riskElimination;

    @Autowired
    HouseholdService households;

    @Autowired
    RegionService regions;

    @Autowired
    EntityManagerFactory emf;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void aPageOfFiftyTasksOfTwoProceduresAsksTheRegistryTwice() {
        RegionCode village = freshVillage();
        TestLogins.login(TestLogins.officer("querycount-" + village.value(), Role.VILLAGE_OFFICER, village.value()));
        for (int i = 0; i < 30; i++) {
            long household = TestHouseholds.register(households, village.value(), null);
            identification.start(household, Category.NEWLY_POOR, Set.of(PovertyFactor.ILLNESS), Channel.VILLAGE);
        }
        for (int i = 0; i < 20; i++) {
            long household = TestHouseholds.register(households, village.value(), Category.MARGINAL);
            riskElimination.propose(household, evidence());
        }

        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        List<TaskRow> page;
        try {
            page = taskList.page(TaskFilter.MINE, 0, 50);
        } finally {
            statistics.setStatisticsEnabled(false);
        }

        assertThat(page).hasSize(50);
        assertThat(page)
                .extracting(r -> r.task().processDefinitionKey())
                .containsOnly("identification", "riskElimination");
        assertThat(page).allSatisfy(r -> {
            assertThat(r.headName()).isEqualTo("测试户主");
            assertThat(r.headIdMasked()).isNotBlank().doesNotMatch("\\d{17}[\\dX]");
            assertThat(r.villageName()).isEqualTo("查询计数测试村");
        });
        assertThat(page)
                .extracting(TaskRow::categoryLabel)
                .containsOnly(Category.labelOf(null), Category.MARGINAL.label());
        long summaryQueries = Arrays.stream(statistics.getQueries())
                .filter(q -> q.contains(SUMMARIES))
                .mapToLong(q -> statistics.getQueryStatistics(q).getExecutionCount())
                .sum();
        assertThat(summaryQueries).as("household queries for the page").isEqualTo(2);
        assertThat(statistics.getCollectionFetchCount())
                .as("members loaded one household at a time")
                .isZero();
    }

    private RegionCode freshVillage() {
        RegionCode village;
        do {
            village = RegionCode.of(
                    "130125100" + (800 + ThreadLocalRandom.current().nextInt(99)));
        } while (regions.find(village).isPresent());
        regions.create(village, "查询计数测试村", false);
        return village;
    }

    private static RiskEvidence evidence() {
        return new RiskEvidence(
                new BigDecimal("6200.00"),
                new BigDecimal("4500.00"),
                true,
                true,
                true,
                true,
                true,
                true,
                "家庭成员稳定务工，大病已治愈");
    }
}
