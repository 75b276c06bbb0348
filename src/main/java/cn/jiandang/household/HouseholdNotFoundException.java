package cn.jiandang.household;

/** No household with this id. */
public class HouseholdNotFoundException extends RuntimeException {

    public HouseholdNotFoundException(long id) {
        super("户编号 " + id + " 不存在");
    }
}
