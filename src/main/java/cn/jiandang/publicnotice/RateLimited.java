package cn.jiandang.publicnotice;

/** Too many objections from one address or for one phone within the window: answered 429 with the message. */
class RateLimited extends RuntimeException {

    RateLimited(String message) {
        super(message);
    }
}
