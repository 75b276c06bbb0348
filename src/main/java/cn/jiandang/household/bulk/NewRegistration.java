package cn.jiandang.household.bulk;

import cn.jiandang.household.IncomeRecord;
import cn.jiandang.household.NewHousehold;

/** A household to register in bulk, with the income of one year when the file gave it (else null). */
public record NewRegistration(NewHousehold household, IncomeRecord income, String source) {}
