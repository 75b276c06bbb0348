package cn.jiandang.security;

import cn.jiandang.region.RegionCode;

/** The roles of the realm; the role name is also the first half of an engine candidate group. */
public enum Role {
    VILLAGE_OFFICER("村级扶贫专干"),
    TOWNSHIP_OFFICER("乡镇扶贫办"),
    COUNTY_OFFICER("县扶贫办"),
    PROVINCE_OFFICER("省扶贫办"),
    CENTRE_ADMIN("国务院扶贫办信息中心"),
    SUPERVISOR("督查巡视人员");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Candidate group of this role for a region, e.g. {@code TOWNSHIP_OFFICER:130125100}. */
    public String group(RegionCode region) {
        return name() + ":" + region.prefix();
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
