package cn.jiandang.publicnotice;

import java.time.LocalDate;

/**
 * One notice as the board shows it: only the head's name, the category, its causes or risks and the period.
 *
 * @param factorLabel 致贫原因, 返贫风险 or 致贫风险, as the category calls its factors
 * @param running whether today lies within the period
 */
record BoardItem(
        long id,
        NoticeSource source,
        String headName,
        String category,
        String factorLabel,
        String factors,
        LocalDate from,
        LocalDate to,
        boolean running) {}
