/** The Luojiang District 2020 demonstration data set, loaded in the dev profile only. */
package cn.govdisclosure.demo;
