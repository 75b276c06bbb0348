package cn.jiandang.household.bulk;

import cn.jiandang.audit.AuditActions;
import cn.jiandang.audit.AuditLog;
import cn.jiandang.household.IncomeRecord;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.RegistrationChecks;
import cn.jiandang.household.Relation;
import cn.jiandang.household.internal.Household;
import cn.jiandang.household.internal.Income;
import cn.jiandang.household.internal.RegistryRules;
import cn.jiandang.household.internal.Versions;
import cn.jiandang.security.RegionAccess;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Registers many households at once for a file import: each is checked by {@link RegistrationChecks} (the rules of
 * {@link cn.jiandang.household.HouseholdService#register}), the caller may change each village (or is the system),
 * and the rows go in as JDBC batches: households, members, memberships, incomes, the first version (R8) and an audit
 * entry per household. R16 stays the database's: the unique ID number refuses a person registered meanwhile, and the
 * whole batch with it.
 */
@Service
@Transactional(readOnly = true)
public class BulkRegistration {

    private static final String HOUSEHOLD = "insert into household (village_code, contact_phone, works_away,"
            + " risk_eliminated, relocated, version, created_at) values (?, ?, ?, false, false, 0, ?)";
    private static final String MEMBER = "insert into member (household_id, name, id_number, relation, sex,"
            + " birth_date, ethnicity, education, health, working_ability, migrant_work, departed)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)";
    private static final String MEMBERSHIP = "insert into household_membership (household_id, member_id) values (?, ?)";
    private static final String INCOME = "insert into household_income (household_id, income_year, wages, production,"
            + " property, transfer, production_costs) values (?, ?, ?, ?, ?, ?, ?)";
    private static final String VERSION = "insert into household_version (household_id, version_no, snapshot,"
            + " changed_at, changed_by, procedure) values (?, 1, ?, ?, ?, 'IMPORT')";

    private static final String PEOPLE = """
            select m.id_number, m.household_id, h.village_code, m.relation, m.departed,
                   (select min(hd.id_number) from member hd
                    where hd.household_id = m.household_id and hd.relation = 'HEAD' and hd.departed = false) head
            from member m join household h on h.id = m.household_id
            where m.id_number""";

    private final BulkRows rows;
    private final RegistrationArrays arrays;
    private final NamedParameterJdbcTemplate jdbc;
    private final RegionAccess access;
    private final AuditLog audit;
    private final Clock clock;

    BulkRegistration(
            BulkRows rows,
            RegistrationArrays arrays,
            NamedParameterJdbcTemplate jdbc,
            RegionAccess access,
            AuditLog audit,
            Clock clock) {
        this.rows = rows;
        this.arrays = arrays;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The persons among these ID numbers who are in the archive, by ID number: one query. */
    public Map<String, BulkPerson> people(Collection<String> idNumbers) {
        Map<String, BulkPerson> found = new HashMap<>();
        if (idNumbers.isEmpty()) {
            return found;
        }
        RowCallbackHandler put = rs -> found.put(
                rs.getString(1),
                new BulkPerson(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getString(3),
                        Relation.valueOf(rs.getString(4)),
                        rs.getBoolean(5),
                        rs.getString(6)));
        if (arrays.available()) {
            // one array parameter: a statement of 30,000 placeholders costs more to send and parse than to run
            arrays.rows().query(PEOPLE + " = any(?::varchar[])", idNumbers, put);
        } else {
            jdbc.query(PEOPLE + " in (:ids)", new MapSqlParameterSource("ids", new LinkedHashSet<>(idNumbers)), put);
        }
        return found;
    }

    /** The income years already recorded for these households: one query. */
    public Map<Long, Map<Integer, IncomeRecord>> incomes(Collection<Long> householdIds) {
        Map<Long, Map<Integer, IncomeRecord>> found = new HashMap<>();
        if (householdIds.isEmpty()) {
            return found;
        }
        jdbc.query(
                "select household_id, income_year, wages, production, property, transfer, production_costs"
                        + " from household_income where household_id in (:ids)",
                new MapSqlParameterSource("ids", new LinkedHashSet<>(householdIds)),
                rs -> {
                    found.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
                            .put(
                                    rs.getInt(2),
                                    new IncomeRecord(
                                            rs.getInt(2),
                                            rs.getBigDecimal(3),
                                            rs.getBigDecimal(4),
                                            rs.getBigDecimal(5),
                                            rs.getBigDecimal(6),
                                            rs.getBigDecimal(7)));
                });
        return found;
    }

    /**
     * Registers the households; returns their ids in the order given. On PostgreSQL a few set-based statements for the
     * whole list ({@link RegistrationArrays}), elsewhere JDBC batches of one statement per row.
     */
    @Transactional
    public List<Long> registerAll(List<NewRegistration> batch, String actor) {
        List<RegistrationChecks.Checked> checked = new ArrayList<>(batch.size());
        List<String> snapshots = new ArrayList<>(batch.size());
        for (NewRegistration r : batch) {
            access.checkChangeOrSystem(r.household().villageCode(), RegistryRules.editors());
            RegistrationChecks.Checked c = RegistrationChecks.check(r.household());
            checked.add(c);
            snapshots.add(Versions.snapshot(transientHousehold(r, c)));
        }
        Timestamp now = Timestamp.from(Instant.now(clock));
        List<Long> ids = arrays.available()
                ? arrays.write(batch, checked, snapshots, now, actor)
                : batched(batch, checked, snapshots, now, actor);
        List<AuditLog.Entry> entries = new ArrayList<>(batch.size());
        for (int i = 0; i < batch.size(); i++) {
            NewRegistration r = batch.get(i);
            entries.add(new AuditLog.Entry(
                    String.valueOf(ids.get(i)), ids.get(i), r.household().villageCode(), r.source()));
        }
        audit.recordAll(AuditActions.CREATE, "Household", entries);
        return ids;
    }

    private List<Long> batched(
            List<NewRegistration> batch,
            List<RegistrationChecks.Checked> checked,
            List<String> snapshots,
            Timestamp now,
            String actor) {
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            positions.add(i);
        }
        List<Long> ids = rows.insert(HOUSEHOLD, positions, (ps, i) -> {
            NewHousehold h = batch.get(i).household();
            ps.setString(1, h.villageCode().value());
            ps.setString(2, checked.get(i).contactPhone());
            ps.setBoolean(3, h.worksAway());
            ps.setTimestamp(4, now);
        });
        List<MemberRow> members = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            List<NewHousehold.NewMember> ms = batch.get(i).household().members();
            for (int j = 0; j < ms.size(); j++) {
                members.add(new MemberRow(
                        ids.get(i), ms.get(j), checked.get(i).idNumbers().get(j)));
            }
        }
        List<Long> memberIds = rows.insert(MEMBER, members, MemberRow::bind);
        List<long[]> memberships = new ArrayList<>(members.size());
        for (int k = 0; k < members.size(); k++) {
            memberships.add(new long[] {members.get(k).householdId(), memberIds.get(k)});
        }
        rows.insertWithoutKeys(MEMBERSHIP, memberships, (ps, m) -> {
            ps.setLong(1, m[0]);
            ps.setLong(2, m[1]);
        });
        List<Integer> withIncome =
                positions.stream().filter(i -> batch.get(i).income() != null).toList();
        rows.insertWithoutKeys(INCOME, withIncome, (ps, i) -> {
            IncomeRecord income = batch.get(i).income();
            ps.setLong(1, ids.get(i));
            ps.setInt(2, income.year());
            ps.setBigDecimal(3, income.wages());
            ps.setBigDecimal(4, income.production());
            ps.setBigDecimal(5, income.property());
            ps.setBigDecimal(6, income.transfer());
            ps.setBigDecimal(7, income.productionCosts());
        });
        rows.insertWithoutKeys(VERSION, positions, (ps, i) -> {
            ps.setLong(1, ids.get(i));
            ps.setString(2, snapshots.get(i));
            ps.setTimestamp(3, now);
            ps.setString(4, actor);
        });
        return ids;
    }

    /** The household as {@link Versions#snapshot} sees a registered one, without saving it. */
    private Household transientHousehold(NewRegistration r, RegistrationChecks.Checked checked) {
        NewHousehold n = r.household();
        Household h = new Household(n.villageCode().value(), checked.contactPhone(), n.worksAway(), Instant.now(clock));
        for (int j = 0; j < n.members().size(); j++) {
            NewHousehold.NewMember m = n.members().get(j);
            h.addMember(checked.idNumbers().get(j), m.name(), m.relation()).describe(m);
        }
        if (r.income() != null) {
            h.recordIncome(new Income(r.income()));
        }
        return h;
    }
}
