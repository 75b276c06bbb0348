package cn.jiandang.household;

import cn.jiandang.common.BusinessException;
import cn.jiandang.household.internal.RegistryRules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The checks of a household's registration that need no database: a contact phone (R10), at least one member, and
 * of each member a valid ID number (GB 11643), a name, a relation, and sex and birth date that agree with the number.
 * {@link HouseholdService#register} applies them; a file import applies the same to each row before it writes.
 * Fields are named as in {@link NewHousehold}: {@code contactPhone}, {@code members[i].idNumber}.
 */
public final class RegistrationChecks {

    private RegistrationChecks() {}

    /** The household's phone as it will be stored and its members' ID numbers, or the first rule broken. */
    public static Checked check(NewHousehold request) {
        if (request.members() == null || request.members().isEmpty()) {
            throw BusinessException.invalidField("members", "一户至少要有一名成员（户主）");
        }
        String phone = ContactPhone.check(request.contactPhone());
        Set<String> seen = new HashSet<>();
        List<IdNumber> ids = new ArrayList<>();
        for (int i = 0; i < request.members().size(); i++) {
            IdNumber idNumber = member(i, request.members().get(i));
            if (!seen.add(idNumber.value())) {
                throw BusinessException.invalidField("members[" + i + "].idNumber", "同一身份证号码在本户中出现两次");
            }
            ids.add(idNumber);
        }
        return new Checked(phone, ids);
    }

    /** One member at position {@code i}: its ID number, or the first rule it breaks, named by field. */
    public static IdNumber member(int i, NewHousehold.NewMember m) {
        IdNumber idNumber = RegistryRules.idNumber("members[" + i + "].idNumber", m.idNumber());
        if (m.name() == null || m.name().isBlank()) {
            throw BusinessException.invalidField("members[" + i + "].name", "成员姓名不能为空");
        }
        if (m.relation() == null) {
            throw BusinessException.invalidField("members[" + i + "].relation", "请选择与户主关系");
        }
        String sex = idNumber.isMale() ? "MALE" : "FEMALE";
        if (m.sex() != null && !m.sex().equals(sex)) {
            throw BusinessException.invalidField("members[" + i + "].sex", "性别与身份证号码第17位不符");
        }
        if (m.birthDate() != null && !m.birthDate().equals(idNumber.birthDate())) {
            throw BusinessException.invalidField(
                    "members[" + i + "].birthDate", "出生日期与身份证号码中的出生日期 " + idNumber.birthDate() + " 不符");
        }
        return idNumber;
    }

    /** What passed: the phone without surrounding blanks, and the members' ID numbers in order. */
    public record Checked(String contactPhone, List<IdNumber> idNumbers) {}
}
