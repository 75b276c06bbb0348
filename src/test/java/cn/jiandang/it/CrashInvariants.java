package cn.jiandang.it;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What must hold in the whole database after any crash, as SQL: each query counts the rows that are half-written (a
 * case without its process instance or the reverse, a running instance waiting nowhere, the task projection out of
 * step with the engine, a new household's case without its applicants, gaps in a household's versions, audit entries
 * of writes that are not there). Zero everywhere is the only good answer.
 */
final class CrashInvariants {

    /** name → SQL counting the violations. */
    static final Map<String, String> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put("case without its process instance", """
                select count(*) from identification_case c
                where c.process_instance_id is null
                   or not exists (select 1 from act_hi_procinst p where p.id_ = c.process_instance_id)""");
        CHECKS.put("open case whose process is not running", """
                select count(*) from identification_case c
                where c.status = 'OPEN'
                  and not exists (select 1 from act_ru_execution e where e.proc_inst_id_ = c.process_instance_id)""");
        CHECKS.put("running identification without its case", """
                select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_
                where e.id_ = e.proc_inst_id_ and d.key_ = 'identification'
                  and not exists (select 1 from identification_case c
                                  where cast(c.id as varchar) = e.business_key_ and c.process_instance_id = e.id_)""");
        CHECKS.put("running instance waiting nowhere", """
                select count(*) from act_ru_execution e
                where e.id_ = e.proc_inst_id_
                  and not exists (select 1 from act_ru_task t where t.proc_inst_id_ = e.id_)
                  and not exists (select 1 from act_ru_job j where j.process_instance_id_ = e.id_)
                  and not exists (select 1 from act_ru_event_subscr s where s.proc_inst_id_ = e.id_)
                  and not exists (select 1 from act_ru_ext_task x where x.proc_inst_id_ = e.id_)
                  and not exists (select 1 from act_ru_execution c join act_ru_execution sup on sup.id_ = c.super_exec_
                                  where sup.proc_inst_id_ = e.id_)""");
        CHECKS.put("engine task missing from the task list", """
                select count(*) from act_ru_task t where not exists (select 1 from open_task o where o.task_id = t.id_)""");
        CHECKS.put("task list row of no open task", """
                select count(*) from open_task o where not exists (select 1 from act_ru_task t where t.id_ = o.task_id)""");
        CHECKS.put("new household's case without its applicants", """
                select count(*) from identification_case c
                where c.household_id is null
                  and not exists (select 1 from identification_applicant a where a.case_id = c.id)""");
        CHECKS.put("household versions with a gap", """
                select count(*) from (select household_id from household_version
                                      group by household_id having max(version_no) <> count(*)) g""");
        CHECKS.put("audit of a case that is not there", """
                select count(*) from audit_entry a
                where a.entity_type like '%IdentificationCase' and a.entity_id ~ '^[0-9]+$'
                  and not exists (select 1 from identification_case c where cast(c.id as varchar) = a.entity_id)""");
        CHECKS.put("audit of a completion the engine does not have", """
                select count(*) from audit_entry a
                where a.action = 'COMPLETE_TASK'
                  and not exists (select 1 from act_hi_taskinst h where h.id_ = a.entity_id and h.end_time_ is not null)""");
        CHECKS.put("verified case whose home verification is open", """
                select count(*) from identification_case c join act_ru_task t
                  on t.proc_inst_id_ = c.process_instance_id and t.task_def_key_ = 'homeVerification'
                where c.signed_commitment""");
        CHECKS.put("appraised case whose appraisal is open", """
                select count(*) from identification_case c join act_ru_task t
                  on t.proc_inst_id_ = c.process_instance_id and t.task_def_key_ = 'democraticAppraisal'
                where c.appraisal_passed is not null""");
    }

    private CrashInvariants() {}

    /** Each check with its number of violations. */
    static Map<String, Long> check(Connection db) throws SQLException {
        Map<String, Long> found = new LinkedHashMap<>();
        try (Statement st = db.createStatement()) {
            for (Map.Entry<String, String> c : CHECKS.entrySet()) {
                try (ResultSet rs = st.executeQuery(c.getValue())) {
                    rs.next();
                    found.put(c.getKey(), rs.getLong(1));
                }
            }
        }
        return found;
    }
}
