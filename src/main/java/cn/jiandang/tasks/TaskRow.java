package cn.jiandang.tasks;

import java.time.Instant;

/**
 * One line of the task list, with the business data an official looks for. {@code regionName}: the village or
 * region the case is about (from its process variables), for procedures not about one household;
 * {@code assigneeName}: the display name of the officer who claimed the task (its username if unknown);
 * {@code categoryLabel} and {@code categoryKey}: the household's category, its Chinese label and its key in the message
 * bundles ("" and null for a case of no household);
 * {@code mayAct}: whether the officer may claim, hand over and open it (else it only watches it, see
 * {@link RegionTab}).
 */
public record TaskRow(
        TaskRef task,
        String procedureName,
        String headName,
        String headIdMasked,
        String villageName,
        String categoryLabel,
        String categoryKey,
        long daysInStep,
        Instant due,
        boolean overdue,
        String regionName,
        String assigneeName,
        boolean mayAct) {

    /** What the task is about: the household head, else the village or region of the case ("" if neither). */
    public String subject() {
        return !headName.isEmpty() ? headName : regionName == null ? "" : regionName;
    }
}
