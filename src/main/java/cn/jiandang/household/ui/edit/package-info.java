/**
 * The household page's edit forms (动态管理): natural changes, a member's base data, a year's incomes, the contact
 * and the relocation, each an action of the page, checked beside its fields and saved as one version (R8) based on
 * the version the form opened on.
 */
package cn.jiandang.household.ui.edit;
