package cn.jiandang.security;

import cn.jiandang.common.BusinessException;

/** The caller asked for something outside its region or role. The message names no personal data. */
public class RegionAccessDeniedException extends BusinessException {

    private final boolean outsideRegion;

    public RegionAccessDeniedException(String message) {
        this(message, false);
    }

    RegionAccessDeniedException(String message, boolean outsideRegion) {
        super(Kind.FORBIDDEN, message);
        this.outsideRegion = outsideRegion;
    }

    /**
     * Refused because the record lies outside the caller's region (not for the caller's role): the API answers it
     * exactly as a record that does not exist, so that ids of other regions cannot be probed.
     */
    public boolean outsideRegion() {
        return outsideRegion;
    }
}
