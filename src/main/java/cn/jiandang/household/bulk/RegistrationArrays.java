package cn.jiandang.household.bulk;

import cn.jiandang.household.IdNumber;
import cn.jiandang.household.IncomeRecord;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.RegistrationChecks;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL path of {@link BulkRegistration}: households, members, memberships, incomes and first versions of a
 * whole batch in five statements ({@link UnnestRows}) with keys taken from the sequences first. The columns and
 * values are those of the batched path; the unique ID number still refuses a person registered meanwhile, and the
 * whole statement (so the whole transaction) with it.
 */
@Component
class RegistrationArrays {

    private static final String HOUSEHOLD = """
            insert into household (id, village_code, contact_phone, works_away, risk_eliminated, relocated, version,
                                   created_at)
            select id, village, phone, away, false, false, 0, at
            from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::boolean[], ?::timestamp[]) t(id, village, phone, away, at)
            """;
    private static final String MEMBER = """
            insert into member (id, household_id, name, id_number, relation, sex, birth_date, ethnicity, education,
                                health, working_ability, migrant_work, departed)
            select id, household, name, idn, relation, sex, born, ethnicity, education, health, ability, away, false
            from unnest(?::bigint[], ?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::date[],
                        ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::boolean[])
                 t(id, household, name, idn, relation, sex, born, ethnicity, education, health, ability, away)
            """;
    private static final String MEMBERSHIP = """
            insert into household_membership (household_id, member_id)
            select household, member from unnest(?::bigint[], ?::bigint[]) t(household, member)
            """;
    private static final String INCOME = """
            insert into household_income (household_id, income_year, wages, production, property, transfer,
                                          production_costs)
            select * from unnest(?::bigint[], ?::integer[], ?::numeric[], ?::numeric[], ?::numeric[], ?::numeric[],
                                 ?::numeric[])
            """;
    private static final String VERSION = """
            insert into household_version (household_id, version_no, snapshot, changed_at, changed_by, procedure)
            select household, 1, snapshot, at, actor, 'IMPORT'
            from unnest(?::bigint[], ?::varchar[], ?::timestamp[], ?::varchar[]) t(household, snapshot, at, actor)
            """;

    private final UnnestRows rows;

    RegistrationArrays(UnnestRows rows) {
        this.rows = rows;
    }

    boolean available() {
        return rows.available();
    }

    UnnestRows rows() {
        return rows;
    }

    /** Writes the batch; returns the households' ids in the order given. */
    List<Long> write(
            List<NewRegistration> batch,
            List<RegistrationChecks.Checked> checked,
            List<String> snapshots,
            Timestamp now,
            String actor) {
        int n = batch.size();
        List<Long> ids = rows.ids("household", n);
        Object[][] h = new Object[5][n];
        Object[][] v = new Object[4][n];
        int memberCount = 0;
        for (int i = 0; i < n; i++) {
            NewHousehold household = batch.get(i).household();
            h[0][i] = ids.get(i);
            h[1][i] = household.villageCode().value();
            h[2][i] = checked.get(i).contactPhone();
            h[3][i] = household.worksAway();
            h[4][i] = now;
            v[0][i] = ids.get(i);
            v[1][i] = snapshots.get(i);
            v[2][i] = now;
            v[3][i] = actor;
            memberCount += household.members().size();
        }
        rows.insert(HOUSEHOLD, new String[] {"bigint", "varchar", "varchar", "boolean", "timestamp"}, h);
        writeMembers(batch, checked, ids, memberCount);
        writeIncomes(batch, ids);
        rows.insert(VERSION, new String[] {"bigint", "varchar", "timestamp", "varchar"}, v);
        return ids;
    }

    private void writeMembers(
            List<NewRegistration> batch, List<RegistrationChecks.Checked> checked, List<Long> ids, int count) {
        List<Long> memberIds = rows.ids("member", count);
        Object[][] m = new Object[12][count];
        Object[][] ms = new Object[2][count];
        int k = 0;
        for (int i = 0; i < batch.size(); i++) {
            List<NewHousehold.NewMember> members = batch.get(i).household().members();
            for (int j = 0; j < members.size(); j++, k++) {
                NewHousehold.NewMember member = members.get(j);
                IdNumber id = checked.get(i).idNumbers().get(j);
                Object[] row = {
                    memberIds.get(k),
                    ids.get(i),
                    member.name().strip(),
                    id.value(),
                    member.relation().name(),
                    id.isMale() ? "MALE" : "FEMALE",
                    Date.valueOf(id.birthDate()),
                    member.ethnicity(),
                    name(member.education()),
                    name(member.health()),
                    name(member.workingAbility()),
                    member.migrantWork()
                };
                for (int c = 0; c < row.length; c++) {
                    m[c][k] = row[c];
                }
                ms[0][k] = ids.get(i);
                ms[1][k] = memberIds.get(k);
            }
        }
        rows.insert(
                MEMBER,
                new String[] {
                    "bigint", "bigint", "varchar", "varchar", "varchar", "varchar", "date", "varchar", "varchar",
                    "varchar", "varchar", "boolean"
                },
                m);
        rows.insert(MEMBERSHIP, new String[] {"bigint", "bigint"}, ms);
    }

    private void writeIncomes(List<NewRegistration> batch, List<Long> ids) {
        List<Object[]> incomes = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            IncomeRecord r = batch.get(i).income();
            if (r != null) {
                incomes.add(new Object[] {
                    ids.get(i), r.year(), r.wages(), r.production(), r.property(), r.transfer(), r.productionCosts()
                });
            }
        }
        if (incomes.isEmpty()) {
            return;
        }
        Object[][] columns = new Object[7][incomes.size()];
        for (int k = 0; k < incomes.size(); k++) {
            for (int c = 0; c < 7; c++) {
                columns[c][k] = incomes.get(k)[c];
            }
        }
        rows.insert(
                INCOME,
                new String[] {"bigint", "integer", "numeric", "numeric", "numeric", "numeric", "numeric"},
                columns);
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
