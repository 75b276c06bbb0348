/** The data-quality pages: runs of the rule set, problem lists per county and rule, issuing a county's list. */
package cn.jiandang.quality.ui;
