package cn.jiandang.household.bulk;

import cn.jiandang.common.UnnestRows;
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
 * whole batch in four statements ({@link UnnestRows}) with the households' keys taken from their sequence first
 * (members take theirs as they are inserted and pass them on to their memberships in the same statement). The columns and
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
    /**
     * Members and their memberships in one statement: the members take their ids from the identity column and hand
     * them to the membership rows (no sequence call per member beforehand, no second array of ids).
     */
    private static final String MEMBER = """
            with m as (
                insert into member (household_id, name, id_number, relation, sex, birth_date, ethnicity, education,
                                    health, working_ability, migrant_work, departed)
                select household, name, idn, relation, sex, born, ethnicity, education, health, ability, away, false
                from unnest(?::bigint[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::date[],
                            ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[], ?::boolean[])
                     t(household, name, idn, relation, sex, born, ethnicity, education, health, ability, away)
                returning id, household_id)
            insert into household_membership (household_id, member_id)
            select household_id, id from m
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
        Object[][] m = new Object[11][count];
        int k = 0;
        for (int i = 0; i < batch.size(); i++) {
            List<NewHousehold.NewMember> members = batch.get(i).household().members();
            for (int j = 0; j < members.size(); j++, k++) {
                NewHousehold.NewMember member = members.get(j);
                IdNumber id = checked.get(i).idNumbers().get(j);
                m[0][k] = ids.get(i);
                m[1][k] = member.name().strip();
                m[2][k] = id.value();
                m[3][k] = member.relation().name();
                m[4][k] = id.isMale() ? "MALE" : "FEMALE";
                m[5][k] = Date.valueOf(id.birthDate());
                m[6][k] = member.ethnicity();
                m[7][k] = name(member.education());
                m[8][k] = name(member.health());
                m[9][k] = name(member.workingAbility());
                m[10][k] = member.migrantWork();
            }
        }
        rows.insert(
                MEMBER,
                new String[] {
                    "bigint", "varchar", "varchar", "varchar", "varchar", "date", "varchar", "varchar", "varchar",
                    "varchar", "boolean"
                },
                m);
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
