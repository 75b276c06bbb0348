/** The household list and page: members, incomes, versions, audit, and the extension points procedures fill. */
package cn.jiandang.household.ui;
