package cn.govdisclosure.statistics;

import cn.govdisclosure.ledger.AppealKind;
import cn.govdisclosure.ledger.AppealResult;

/** Cases of one kind filed in the report year with one result as of 31 December. */
public record AppealCount(AppealKind kind, AppealResult resultAtYearEnd, long cases) {
}
