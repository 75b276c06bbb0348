-- R16: one open identification per applicant household, enforced by the database for households not yet registered
-- too. A registered household already has uq_identification_case_open (open_household_id); a new household is
-- identified by its head's ID number, kept in open_head_id_number while the case is open and cleared when decided,
-- so that concurrent applications for the same new household give one case and a unique violation for the rest.
-- Portable SQL (H2 and PostgreSQL).

alter table identification_case add column open_head_id_number varchar(18);

-- Open cases of new households that exist already: the oldest per head keeps the key (duplicates made before this
-- constraint stay open and are decided as usual, they only no longer block the key).
update identification_case
   set open_head_id_number = (select a.id_number from identification_applicant a
                               where a.case_id = identification_case.id and a.relation = 'HEAD')
 where status = 'OPEN'
   and household_id is null
   and id = (select min(c2.id)
               from identification_case c2
               join identification_applicant a2 on a2.case_id = c2.id and a2.relation = 'HEAD'
              where c2.status = 'OPEN'
                and c2.household_id is null
                and a2.id_number = (select a.id_number from identification_applicant a
                                     where a.case_id = identification_case.id and a.relation = 'HEAD'));

alter table identification_case add constraint uq_identification_case_open_head unique (open_head_id_number);
