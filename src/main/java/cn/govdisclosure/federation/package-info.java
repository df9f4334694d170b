/** Federation: a city's instance pulls its districts' agencies, published reports and figures from their instances. */
package cn.govdisclosure.federation;
