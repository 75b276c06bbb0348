package cn.jiandang.publicnotice;

/** What a visitor sends from a notice's page: name, phone (R10), the objection, and the answer to the check. */
record ObjectionForm(String name, String phone, String content, String answer, String check) {

    static final int MAX_NAME = 50;
    static final int MAX_CONTENT = 1000;
}
