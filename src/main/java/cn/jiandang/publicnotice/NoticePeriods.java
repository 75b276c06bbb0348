package cn.jiandang.publicnotice;

import cn.jiandang.identification.IdentificationCases;
import cn.jiandang.villageexit.VillageExitCases;
import cn.jiandang.yearend.YearEndCases;
import org.springframework.stereotype.Component;

/**
 * Whether a notice's case still takes objections: an identification waiting at its notice, an exit list or a
 * village's exit in its notice. The calendar on the board says when a notice runs; this asks the case itself, since a
 * list sent back to the village stops taking objections before its posted end.
 */
@Component
class NoticePeriods {

    private final IdentificationCases identification;
    private final YearEndCases yearEnd;
    private final VillageExitCases villageExit;

    NoticePeriods(IdentificationCases identification, YearEndCases yearEnd, VillageExitCases villageExit) {
        this.identification = identification;
        this.yearEnd = yearEnd;
        this.villageExit = villageExit;
    }

    boolean objectionsOpen(NoticeSource source, long caseId) {
        return switch (source) {
            case IDENTIFICATION_NOTICE -> identification.inNotice(caseId);
            case YEAR_END_EXIT -> yearEnd.inNotice(caseId);
            case VILLAGE_EXIT -> villageExit.inNotice(caseId);
            case IDENTIFICATION_ANNOUNCEMENT -> false;
        };
    }
}
