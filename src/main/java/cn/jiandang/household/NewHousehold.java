package cn.jiandang.household;

import cn.jiandang.region.RegionCode;

import java.time.LocalDate;
import java.util.List;

/** What registering a household needs: its village, its contact and its members, the head first. */
public record NewHousehold(RegionCode villageCode, String contactPhone, boolean worksAway, List<NewMember> members) {

    /**
     * A member as collected. {@code sex} ("MALE"/"FEMALE") and {@code birthDate} may be left null: they are read
     * from the ID number; when given they must agree with it. The attributes after them may be null (unknown).
     */
    public record NewMember(
            String name,
            String idNumber,
            Relation relation,
            String sex,
            LocalDate birthDate,
            String ethnicity,
            Education education,
            Health health,
            WorkingAbility workingAbility,
            boolean migrantWork) {

        public NewMember(String name, String idNumber, Relation relation) {
            this(name, idNumber, relation, null, null, null, null, null, null, false);
        }
    }
}
