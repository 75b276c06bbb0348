package cn.jiandang.household.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * R10: how the household is reached: its contact phone (required, a real number, checked before it gets here) and
 * whether members work away. Columns {@code contact_phone} and {@code works_away} of {@code household}.
 */
@Embeddable
class Contact {
    @Column(name = "contact_phone")
    private String phone;

    @Column(name = "works_away")
    private boolean worksAway;

    protected Contact() {}

    Contact(String phone, boolean worksAway) {
        this.phone = phone;
        this.worksAway = worksAway;
    }

    String phone() {
        return phone;
    }

    boolean worksAway() {
        return worksAway;
    }
}
