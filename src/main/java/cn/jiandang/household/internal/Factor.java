package cn.jiandang.household.internal;

import cn.jiandang.household.FactorKind;
import cn.jiandang.household.PovertyFactor;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A row of {@code household_factor}: one cause of poverty or one risk the household has now. */
@Embeddable
public class Factor {
    @Enumerated(EnumType.STRING)
    @Column(name = "kind")
    FactorKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "code")
    PovertyFactor code;

    protected Factor() {}

    public Factor(FactorKind kind, PovertyFactor code) {
        this.kind = kind;
        this.code = code;
    }

    public FactorKind kind() {
        return kind;
    }

    public PovertyFactor code() {
        return code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Factor f && f.kind == kind && f.code == code;
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + code.hashCode();
    }
}
