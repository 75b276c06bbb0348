package cn.jiandang.household.basedata;

import cn.jiandang.household.Education;
import cn.jiandang.household.Health;
import cn.jiandang.household.WorkingAbility;

/**
 * A member's base data as an official keeps it current: ethnicity, education, health, working ability, whether the
 * member works away and (R10) then the member's own phone. Every value replaces the former one; null means unknown.
 */
public record MemberUpdate(
        String ethnicity,
        Education education,
        Health health,
        WorkingAbility workingAbility,
        boolean migrantWork,
        String contactPhone) {}
