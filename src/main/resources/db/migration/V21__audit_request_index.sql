-- The audit entries of one HTTP request (X-Request-Id): what an operator looks up from a user's error page, and what
-- the authorisation suite checks for every refusal. Portable SQL (H2 and PostgreSQL).
create index ix_audit_entry_request on audit_entry (request_id);
