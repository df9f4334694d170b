package cn.govdisclosure.statistics;

import java.util.Optional;

import cn.govdisclosure.agency.Scope;


/**
 * The tables 三 and 四 of a year as an agency published them in its report, for callers who may not read its
 * records: anyone may read what was published. Implemented by the reports feature.
 */
public interface PublishedStatistics {

    /** The published tables of the agency's report of the year with this scope, if it has been published. */
    Optional<AnnualStatistics> published(String agencyCode, int year, Scope scope);
}
