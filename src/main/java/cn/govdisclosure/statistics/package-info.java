/** The annual tables 三 and 四 of the national report, aggregated in the database from the ledger. */
package cn.govdisclosure.statistics;
