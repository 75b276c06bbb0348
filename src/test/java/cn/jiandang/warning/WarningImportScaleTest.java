package cn.jiandang.warning;

import cn.jiandang.JiandangSpringTest;

/** The 10,000-signal import on H2. */
@JiandangSpringTest
class WarningImportScaleTest extends WarningImportContract {}
