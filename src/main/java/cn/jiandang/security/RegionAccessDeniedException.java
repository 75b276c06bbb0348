package cn.jiandang.security;

/** The caller asked for something outside its region. The message names no personal data. */
public class RegionAccessDeniedException extends RuntimeException {

    public RegionAccessDeniedException(String message) {
        super(message);
    }
}
