package cn.jiandang.security;

/** An officer of the directory as a picker shows it. */
public record Colleague(String username, String displayName) {

    /** "王乡干（township1）": the name officers know, the login that makes it unique. */
    public String label() {
        return displayName + "（" + username + "）";
    }
}
