package cn.jiandang.riskelimination;

import cn.jiandang.common.BusinessException;

/** A risk elimination the rules do not allow; the message says why. */
public class RiskEliminationRefusedException extends BusinessException {

    public RiskEliminationRefusedException(String message) {
        super(Kind.CONFLICT, message);
    }
}
