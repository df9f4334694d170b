package cn.govdisclosure.statistics;

import java.util.List;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.Scope;

/**
 * Figures of agencies whose records are not in this instance's ledger — agencies pulled from federation sources —
 * which an agency's or a subtree's tables add to the ledger's counts. The federation feature provides it; the tables
 * ask it without knowing where the figures come from.
 */
public interface ContributedFigures {

    /**
     * The tables 三 and 四 to add to the ledger's counts of the agency alone ({@link Scope#AGENCY}) or of its subtree
     * ({@link Scope#SUBTREE}) in a year, each covering a part of it that no other covers; empty when there are none.
     */
    List<AnnualTables> of(AgencyRef agency, int year, Scope scope);
}
