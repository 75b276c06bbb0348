package cn.jiandang.villageexit;

import java.time.LocalDate;

/**
 * A village's exit (出列) went on notice (公示) for the period given. Published in the transaction of the process step
 * that started the notice, so a listener's copy stands or falls with it.
 */
public record VillageExitPublished(long caseId, String villageCode, LocalDate from, LocalDate to) {}
