package cn.jiandang.household;

import cn.jiandang.common.BusinessException;

/** No household with this id. */
public class HouseholdNotFoundException extends BusinessException {

    public HouseholdNotFoundException(long id) {
        super(Kind.NOT_FOUND, "户编号 " + id + " 不存在");
    }
}
