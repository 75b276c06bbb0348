/** Attachments (附件): PDF, JPEG and PNG evidence of procedure steps, checked by content, stored in our tables. */
package cn.jiandang.attachment;
