package cn.jiandang.identification;

/** An identification that the rules do not allow; the message says why, in the officer's language. */
public class IdentificationRefusedException extends IllegalStateException {

    public IdentificationRefusedException(String message) {
        super(message);
    }
}
