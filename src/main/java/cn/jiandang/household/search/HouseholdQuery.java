package cn.jiandang.household.search;

import cn.jiandang.household.Category;
import cn.jiandang.household.PovertyFactor;
import cn.jiandang.region.RegionCode;

/**
 * What an official looks for: households under {@code scope} (the caller's region or a township or village in it),
 * optionally whose head or any current member's name starts with {@code text}, or one of whose current members has
 * the full ID number {@code text}; of a {@code category} (or {@code ordinary}: in none); with a cause or risk
 * {@code factor}; relocated, risk-eliminated or with an open procedure (null: either).
 */
public record HouseholdQuery(
        RegionCode scope,
        String text,
        Category category,
        boolean ordinary,
        PovertyFactor factor,
        Boolean relocated,
        Boolean riskEliminated,
        Boolean openProcedure) {

    /** Every household of the region. */
    public static HouseholdQuery in(RegionCode scope) {
        return new HouseholdQuery(scope, null, null, false, null, null, null, null);
    }

    public HouseholdQuery text(String value) {
        return new HouseholdQuery(scope, value, category, ordinary, factor, relocated, riskEliminated, openProcedure);
    }

    public HouseholdQuery category(Category value) {
        return new HouseholdQuery(scope, text, value, false, factor, relocated, riskEliminated, openProcedure);
    }

    /** Households in no category (一般农户). */
    public HouseholdQuery ordinaryOnly() {
        return new HouseholdQuery(scope, text, null, true, factor, relocated, riskEliminated, openProcedure);
    }

    public HouseholdQuery factor(PovertyFactor value) {
        return new HouseholdQuery(scope, text, category, ordinary, value, relocated, riskEliminated, openProcedure);
    }

    public HouseholdQuery relocated(Boolean value) {
        return new HouseholdQuery(scope, text, category, ordinary, factor, value, riskEliminated, openProcedure);
    }

    public HouseholdQuery riskEliminated(Boolean value) {
        return new HouseholdQuery(scope, text, category, ordinary, factor, relocated, value, openProcedure);
    }

    public HouseholdQuery openProcedure(Boolean value) {
        return new HouseholdQuery(scope, text, category, ordinary, factor, relocated, riskEliminated, value);
    }

    public HouseholdQuery within(RegionCode value) {
        return new HouseholdQuery(value, text, category, ordinary, factor, relocated, riskEliminated, openProcedure);
    }
}
