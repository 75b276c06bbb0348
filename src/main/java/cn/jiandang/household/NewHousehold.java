package cn.jiandang.household;

import cn.jiandang.region.RegionCode;

import java.util.List;

/** What registering a household needs: its village, its contact and its members, the head first. */
public record NewHousehold(RegionCode villageCode, String contactPhone, boolean worksAway, List<NewMember> members) {

    public record NewMember(String name, String idNumber, Relation relation) {
    }
}
