package cn.jiandang.household;

/** An ID number that breaks a rule of GB 11643; the message names the rule. */
public class InvalidIdNumberException extends IllegalArgumentException {

    private final IdNumber.Violation violation;

    public InvalidIdNumberException(IdNumber.Violation violation) {
        super(violation.message());
        this.violation = violation;
    }

    public IdNumber.Violation violation() {
        return violation;
    }
}
