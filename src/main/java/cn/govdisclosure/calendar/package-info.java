/** The official working-day calendar: statutory holidays and make-up working days (调休) per State Council notice year. */
package cn.govdisclosure.calendar;
