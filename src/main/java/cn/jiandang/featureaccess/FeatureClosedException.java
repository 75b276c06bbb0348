package cn.jiandang.featureaccess;

import cn.jiandang.common.BusinessException;

/** A service refused an action because the province has not opened the function (R12). */
public class FeatureClosedException extends BusinessException {

    public FeatureClosedException(Feature feature) {
        super(Kind.FORBIDDEN, "本省尚未开放" + feature.label() + "功能，请省级扶贫办向信息中心申请开放");
    }
}
