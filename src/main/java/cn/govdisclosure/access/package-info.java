/** Who may do what: the caller's roles and agencies, the access rules, and the protection of applicants' personal data. */
package cn.govdisclosure.access;
