package cn.jiandang.household;

import cn.jiandang.common.BusinessException;

/** R9: a relocation household (易地扶贫搬迁户) keeps its position before and after the move. */
public record Relocation(Coordinates before, Coordinates after) {

    public Relocation {
        if (before == null || after == null) {
            throw BusinessException.invalidField(before == null ? "before" : "after", "搬迁户必须填写搬迁前和搬迁后的经纬度");
        }
    }
}
