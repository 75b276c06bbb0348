package cn.jiandang.household.bulk;

import cn.jiandang.household.IdNumber;
import cn.jiandang.household.NewHousehold;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/** A member row of a bulk registration, bound to the JDBC batch's member insert. */
record MemberRow(long householdId, NewHousehold.NewMember member, IdNumber idNumber) {

    static void bind(PreparedStatement ps, MemberRow row) throws SQLException {
        NewHousehold.NewMember m = row.member();
        IdNumber id = row.idNumber();
        ps.setLong(1, row.householdId());
        ps.setString(2, m.name().strip());
        ps.setString(3, id.value());
        ps.setString(4, m.relation().name());
        ps.setString(5, id.isMale() ? "MALE" : "FEMALE");
        ps.setDate(6, Date.valueOf(id.birthDate()));
        ps.setString(7, m.ethnicity());
        setEnum(ps, 8, m.education());
        setEnum(ps, 9, m.health());
        setEnum(ps, 10, m.workingAbility());
        ps.setBoolean(11, m.migrantWork());
    }

    private static void setEnum(PreparedStatement ps, int i, Enum<?> value) throws SQLException {
        if (value == null) {
            ps.setNull(i, Types.VARCHAR);
        } else {
            ps.setString(i, value.name());
        }
    }
}
