/**
 * The code lists: every enumeration the API uses, each code with its names in Chinese and English and the group the
 * national template prints it in, served whole at {@code GET /api/v1/codes} for front ends' menus and labels.
 */
package cn.govdisclosure.codes;
