/**
 * The public notice board (公示公告, issue 17): each village's notices and announcements at an anonymous, read-only
 * URL and as a printable A4 PDF, and objections raised online during the notice period.
 */
package cn.jiandang.publicnotice;
