/**
 * What every feature builds on and which knows no feature: the domain exceptions and the one mapper that answers
 * them as problem+json, entity tags and expected versions, the caller and its roles, the audit-trail declarations
 * of entities, paging, the clock, metrics and the entry point.
 */
package cn.govdisclosure.platform;
