/**
 * The registry written in bulk for file imports: households with members, memberships, incomes and their first
 * version by JDBC batches (never an entity and a flush per row), checked by the same rules as the forms.
 */
@NamedInterface("bulk")
package cn.jiandang.household.bulk;

import org.springframework.modulith.NamedInterface;
