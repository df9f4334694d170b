/** Cross-cutting HTTP concerns: problem+json errors, entity tags and preconditions, paging, the clock. */
package cn.govdisclosure.platform;
