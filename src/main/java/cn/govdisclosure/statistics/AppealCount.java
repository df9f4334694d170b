package cn.govdisclosure.statistics;

import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.AppealResult;

/** Cases of one kind filed in the report year with one result as of 31 December. */
public record AppealCount(AppealKind kind, AppealResult resultAtYearEnd, long cases) {
}
