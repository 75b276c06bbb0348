package cn.jiandang.identification;

/** Only one open identification per household. */
public class DuplicateIdentificationException extends IdentificationRefusedException {

    public DuplicateIdentificationException() {
        super("该户已有一个办理中的识别申请，不能重复申请");
    }
}
