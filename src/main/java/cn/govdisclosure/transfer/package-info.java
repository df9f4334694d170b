/** Data exports: a report's tables one by one (JSON, CSV, with the previous year alongside) and the bulk pull of a year's tables for aggregators. */
package cn.govdisclosure.transfer;
