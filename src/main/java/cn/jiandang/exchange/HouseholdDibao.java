package cn.jiandang.exchange;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One quarter of a household's 低保 (R15): received by members (ID numbers masked), not received although the county's
 * data of the quarter was delivered, or MISSING when civil affairs delivered none for the county (never zero).
 */
public record HouseholdDibao(String quarter, State state, List<Receipt> receipts) {

    public enum State {
        RECEIVED,
        NOT_RECEIVED,
        MISSING
    }

    public record Receipt(String name, String idNumber, BigDecimal amount, LocalDate start, LocalDate end) {}
}
