/** Data in and out: a report's tables one by one (JSON, CSV, with the previous year alongside), the bulk pull of a year's tables for aggregators, and the import of reports published as text, web pages, PDF or DOCX. */
package cn.govdisclosure.transfer;
