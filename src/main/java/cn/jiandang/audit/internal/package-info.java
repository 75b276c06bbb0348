/** How audit entries are written: entity listeners, refusal events, the append-only store. */
package cn.jiandang.audit.internal;
