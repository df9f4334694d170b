/** Disclosing agencies and their hierarchy (district government, its departments and townships). */
package cn.govdisclosure.agency;
