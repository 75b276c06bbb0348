/**
 * The registry's administration pages: the R7 batch correction with its dry run and downloadable reports, the
 * adjustment of townships and villages with their name history (province officers), and poverty-alleviation projects
 * with their beneficiaries and the report of projects that benefit no marginal household.
 */
package cn.jiandang.household.ui.admin;
