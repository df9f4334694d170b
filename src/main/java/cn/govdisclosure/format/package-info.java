/**
 * The two national report formats as data: their sections, the section 二 layout, the rows and columns of tables
 * 三 and 四 with their official labels and the variants published reports print, the GB2019 folding of outcomes
 * and the rule for which format a year uses. Pure: no persistence, no HTTP, no other feature package.
 */
package cn.govdisclosure.format;
