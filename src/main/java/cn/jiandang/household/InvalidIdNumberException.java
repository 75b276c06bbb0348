package cn.jiandang.household;

import cn.jiandang.common.BusinessException;

/** An ID number that breaks a rule of GB 11643; the message names the rule. */
public class InvalidIdNumberException extends BusinessException {

    private final IdNumber.Violation violation;

    public InvalidIdNumberException(IdNumber.Violation violation) {
        super(Kind.INVALID, violation.message());
        this.violation = violation;
    }

    public IdNumber.Violation violation() {
        return violation;
    }
}
