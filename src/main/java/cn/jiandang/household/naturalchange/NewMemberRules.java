package cn.jiandang.household.naturalchange;

import cn.jiandang.common.FieldErrors;
import cn.jiandang.household.IdNumber;
import cn.jiandang.household.NewHousehold;
import cn.jiandang.household.Relation;

/** What a person joining a household (birth, marriage in, other move in) must bring, field by field. */
final class NewMemberRules {

    /** The lengths of the member table's columns. */
    static final int NAME_LENGTH = 50;

    static final int ETHNICITY_LENGTH = 20;

    private NewMemberRules() {}

    /** Refuses, naming every wrong field at once, a joining member whose data is missing or disagrees. */
    static void check(NewHousehold.NewMember data, IdNumber idNumber) {
        FieldErrors errors = new FieldErrors();
        errors.requireText(data.name(), "name", "请填写新成员的姓名");
        errors.require(
                data.name() == null || data.name().strip().length() <= NAME_LENGTH,
                "name",
                "姓名最多" + NAME_LENGTH + "个字");
        errors.require(data.relation() != null, "relation", "请选择与户主关系");
        errors.require(data.relation() != Relation.HEAD, "relation", "新加入的成员不能登记为户主（本户已有户主）");
        errors.require(
                data.ethnicity() == null || data.ethnicity().strip().length() <= ETHNICITY_LENGTH,
                "ethnicity",
                "民族最多" + ETHNICITY_LENGTH + "个字");
        String sex = idNumber.isMale() ? "MALE" : "FEMALE";
        errors.require(data.sex() == null || data.sex().equals(sex), "sex", "性别与身份证号码第17位不符");
        errors.require(
                data.birthDate() == null || data.birthDate().equals(idNumber.birthDate()),
                "birthDate",
                "出生日期与身份证号码中的出生日期 " + idNumber.birthDate() + " 不符");
        errors.throwIfAny("新成员信息有误");
    }
}
