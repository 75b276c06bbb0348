package cn.jiandang.security;

import cn.jiandang.common.BusinessException;

/** The caller asked for something outside its region. The message names no personal data. */
public class RegionAccessDeniedException extends BusinessException {

    public RegionAccessDeniedException(String message) {
        super(Kind.FORBIDDEN, message);
    }
}
