/**
 * Who may do what for which agency (the access rules over the agency tree), and the protection of applicants'
 * personal data: its encryption at rest, and the log of every answer that showed it.
 */
package cn.govdisclosure.access;
