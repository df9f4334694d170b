/** The application ledger (依申请公开台账) with each application's timeline, and review and litigation cases. */
package cn.govdisclosure.ledger;
