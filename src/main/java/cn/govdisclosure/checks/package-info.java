/** The consistency rules of domain §6 as plain functions over a report's figures and text, and their findings. */
package cn.govdisclosure.checks;
