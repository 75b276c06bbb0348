package cn.jiandang.household;

import cn.jiandang.common.BusinessException;

/** R16: a person is in at most one household. Names the other household's village, no personal data. */
public class PersonAlreadyRegisteredException extends BusinessException {

    public PersonAlreadyRegisteredException(String villageName) {
        super(Kind.CONFLICT, "该身份证号码已是" + villageName + "某户的成员，一人只能属于一户");
    }
}
