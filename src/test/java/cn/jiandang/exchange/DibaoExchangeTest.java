package cn.jiandang.exchange;

import cn.jiandang.JiandangSpringTest;

/** The 低保 exchange on H2, in the unit tests' shared context. */
@JiandangSpringTest
class DibaoExchangeTest extends DibaoExchangeContract {}
