package cn.jiandang.household.project;

import cn.jiandang.region.RegionCode;

/** A project with the number of its beneficiary households and how many of them are marginal. */
public record ProjectView(
        long id, RegionCode countyCode, String name, int year, int beneficiaries, int marginalBeneficiaries) {}
