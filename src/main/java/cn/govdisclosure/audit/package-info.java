/** The audit trail: every create, change, transition and deletion of a record, captured from Hibernate's events. */
package cn.govdisclosure.audit;
