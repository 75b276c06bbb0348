package cn.jiandang.identification;

import cn.jiandang.common.BusinessException;

/** An identification that the rules do not allow; the message says why, in the officer's language. */
public class IdentificationRefusedException extends BusinessException {

    public IdentificationRefusedException(String message) {
        super(Kind.CONFLICT, message);
    }
}
