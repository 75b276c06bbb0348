/**
 * Function access (R12): which functions each province has open, every opening and closing kept, and the gate
 * ({@link cn.jiandang.featureaccess.FeatureAccess#checkOpen}) that services call. Depends only on common, region
 * and security, so that every module, the registry included, may call the gate; the procedure lives in
 * {@code functionopening}.
 */
package cn.jiandang.featureaccess;
