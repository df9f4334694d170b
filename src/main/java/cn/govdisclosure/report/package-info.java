/** Annual reports: their six sections, the proactive-disclosure table of section 二, and the computed tables. */
package cn.govdisclosure.report;
