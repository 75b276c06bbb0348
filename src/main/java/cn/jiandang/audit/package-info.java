/** The append-only audit log: every write of every entity, refused accesses and views of personal data. */
package cn.jiandang.audit;
