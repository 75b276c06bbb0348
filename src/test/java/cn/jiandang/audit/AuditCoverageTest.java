package cn.jiandang.audit;

import cn.jiandang.JiandangSpringTest;
import cn.jiandang.attachment.AttachmentService;
import cn.jiandang.household.Category;
import cn.jiandang.household.CategoryChangeRequest;
import cn.jiandang.household.HouseholdService;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.identification.Channel;
import cn.jiandang.identification.HomeVerification;
import cn.jiandang.identification.IdentificationService;
import cn.jiandang.region.RegionCode;
import cn.jiandang.region.RegionService;
import cn.jiandang.security.RegionAccessDeniedException;
import cn.jiandang.security.TestLogins;
import cn.jiandang.security.TestPeople;
import cn.jiandang.tasks.TaskListService;
import cn.jiandang.tasks.TaskRow;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.EntityType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit log covers every write path: each write through a service leaves its entry, and every entity type
 * of the metamodel must show up, so a NEW entity type fails here until a write of it is exercised (add it to
 * {@link #writeThroughTheServices()}). Entries cannot be changed through the application.
 */
@JiandangSpringTest
class AuditCoverageTest {

    @Autowired
    EntityManagerFactory emf;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    HouseholdService households;
    @Autowired
    IdentificationService identification;
    @Autowired
    TaskListService taskList;
    @Autowired
    RegionService regions;
    @Autowired
    AttachmentService attachments;

    @AfterEach
    void logout() {
        TestLogins.logout();
    }

    @Test
    void everyEntityTypeWrittenThroughItsServiceLeavesAnAuditEntry() {
        long before = maxId();
        long householdId = writeThroughTheServices();

        Set<String> entityTypes = emf.getMetamodel().getEntities().stream().map(EntityType::getJavaType)
                .filter(t -> t.getName().startsWith("cn.jiandang.") && !t.getSimpleName().equals("AuditEntry"))
                .map(Class::getSimpleName).collect(Collectors.toCollection(TreeSet::new));
        Set<String> audited = new TreeSet<>(jdbc.queryForList(
                "select distinct entity_type from audit_entry where id > ?", String.class, before));
        System.out.println("audit coverage: " + entityTypes.size() + " entity types " + entityTypes
                + ", audited by this test's writes: " + audited);
        assertThat(entityTypes).isNotEmpty();
        assertThat(audited).as("entity types written without an audit entry (or not exercised by this test)")
                .containsAll(entityTypes);

        // who, from which task, and the category change before/after on the household's own entries
        List<Map<String, Object>> rows = jdbc.queryForList(
                "select actor, action, entity_type, before_state, after_state, task_id from audit_entry"
                        + " where household_id = ? and id > ? order by id", householdId, before);
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("ENTITY_TYPE")).isEqualTo("Household");
            assertThat(r.get("ACTION")).isEqualTo(AuditActions.UPDATE);
            assertThat(r.get("ACTOR")).isEqualTo("township1");
            assertThat((String) r.get("AFTER_STATE")).contains("\"category\":\"MARGINAL\"");
            assertThat(r.get("TASK_ID")).isNotNull();
        });
        assertThat(rows).anySatisfy(r -> {
            assertThat(r.get("ACTION")).isEqualTo(AuditActions.COMPLETE_TASK);
            assertThat(r.get("ACTOR")).isEqualTo("village1");
        });
        // personal numbers never stand in full in the audit log
        assertThat(rows).filteredOn(r -> "Member".equals(r.get("ENTITY_TYPE"))).isNotEmpty()
                .allSatisfy(r -> assertThat((String) r.get("AFTER_STATE")).containsPattern("\"idNumber\":\"1301\\*{10}"));
    }

    @Test
    void aRefusedReadIsAuditedEvenThoughItsTransactionRollsBack() {
        TestLogins.login("village1");
        long id = households.register(TestPeople.household(RegionCode.of("130125100201"), "王五"));
        long before = maxId();
        TestLogins.login("village2");
        assertThatThrownBy(() -> households.details(id)).isInstanceOf(RegionAccessDeniedException.class);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where id > ? and actor = 'village2'"
                + " and action = 'ACCESS_REFUSED' and household_id = ?", Integer.class, before, id)).isEqualTo(1);
    }

    @Test
    void theApplicationHasNoWayToChangeOrDeleteAnEntry() throws Exception {
        Class<?> repository = Class.forName("cn.jiandang.audit.internal.AuditEntryRepository");
        assertThat(Repository.class).isAssignableFrom(repository);
        assertThat(CrudRepository.class.isAssignableFrom(repository)).as("no save/delete inherited").isFalse();
        assertThat(Arrays.stream(repository.getMethods()).map(Method::getName))
                .allMatch(name -> name.startsWith("find"));
        Class<?> entry = Class.forName("cn.jiandang.audit.internal.AuditEntry");
        assertThat(entry.isAnnotationPresent(org.hibernate.annotations.Immutable.class)).isTrue();
        assertThat(Arrays.stream(AuditLog.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("update") || name.startsWith("delete") || name.startsWith("remove"));
    }

    /** One write of every entity type, each through its service, as the officer who may do it. */
    private long writeThroughTheServices() {
        // Region: the system creates regions (start-up import); no officer is logged in
        String code = "1301251" + String.format("%02d", (int) (System.nanoTime() % 90) + 10) + "000";
        if (regions.find(RegionCode.of(code)).isEmpty()) {
            regions.create(RegionCode.of(code), "审计测试镇", false);
        }
        // Household, Member: registered by the village
        TestLogins.login("village1");
        long householdId = households.register(TestPeople.household(RegionCode.of("130125100201"), "赵六"));
        // IdentificationCase (and its factors): started and verified by the village
        long caseId = identification.start(householdId, Category.MARGINAL, Set.of(PovertyFactor.EPIDEMIC), Channel.VILLAGE);
        identification.completeHomeVerification(taskOf(caseId).task().id(), caseId, new HomeVerification(
                Category.MARGINAL, Set.of(PovertyFactor.EPIDEMIC, PovertyFactor.ILLNESS), null, true, null, ""));
        // CategoryChange and the household's new category: what a procedure's registration step writes
        households.changeCategory(new CategoryChangeRequest(householdId, Category.MARGINAL,
                java.time.YearMonth.now(), Set.of(PovertyFactor.EPIDEMIC), "village1", "AUDIT_TEST", null));
        // Attachment: evidence of a step, stored by an officer of the region
        TestLogins.login("village1");
        attachments.store(RegionCode.of("130125100201"), "IdentificationCase", String.valueOf(caseId), "EVIDENCE",
                "photo.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0});
        return householdId;
    }

    private TaskRow taskOf(long caseId) {
        return taskList.page(0, 1000).stream().filter(r -> r.task().caseId() == caseId).findFirst().orElseThrow();
    }

    private long maxId() {
        Long max = jdbc.queryForObject("select max(id) from audit_entry", Long.class);
        return max == null ? 0 : max;
    }
}
