package cn.jiandang.household.basedata;

import cn.jiandang.household.Relation;

/** One current member's base data as the edit form starts from (the ID number masked: the form never shows it). */
public record MemberData(long memberId, String name, String idNumberMasked, Relation relation, MemberUpdate data) {}
