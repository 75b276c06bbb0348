package cn.jiandang.household.basedata;

import java.util.List;

/** One version (R8) with what it changed against the version before it (the first: against nothing). */
public record VersionChanges(VersionView version, List<FieldDiff> changes) {}
