package cn.govdisclosure.checks;

import static cn.govdisclosure.checks.Fixtures.gb2021;
import static cn.govdisclosure.checks.Fixtures.reference;
import static cn.govdisclosure.checks.Fixtures.withAppeal;
import static cn.govdisclosure.checks.Fixtures.withApplication;
import static cn.govdisclosure.checks.Fixtures.withProactive;
import static cn.govdisclosure.checks.Fixtures.withText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.ReportFormat;

/**
 * Each rule of domain §6 on a good table (no finding) and on a table spoilt in one place (exactly the expected
 * findings), plus the whole checker on the reference report as printed and as corrected.
 */
class ConsistencyRulesTest {

    @Test
    void typeFlagsMissingNegativeAndFractionalCellsButAcceptsANegativeChange() {
        assertEquals(List.of(), run(new TypeRule(), reference()));
        assertEquals(List.of(), run(new TypeRule(), gb2021(2021, 10, 40)));

        ReportFigures bad = withProactive(reference(), "NORMATIVE_DOCUMENTS", "NEWLY_MADE", "2.5");
        bad = withProactive(bad, "CENTRALIZED_PROCUREMENT", "PROCUREMENT_AMOUNT", "-1.00");
        bad = withProactive(bad, "ADMINISTRATIVE_LICENSING", "CHANGE", "-65");
        bad = withApplication(bad, ApplicationRow.NEW_RECEIVED, ApplicantColumn.TOTAL, null);
        bad = withApplication(bad, ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON, -1);
        bad = withAppeal(bad, AppealKind.LITIGATION_DIRECT, AppealColumn.TOTAL, null);

        assertEquals(List.of(
                "TYPE ERROR 2 NORMATIVE_DOCUMENTS NEWLY_MADE null 2.5",
                "TYPE ERROR 2 CENTRALIZED_PROCUREMENT PROCUREMENT_AMOUNT null -1",
                "TYPE ERROR 3 NEW_RECEIVED TOTAL null null",
                "TYPE ERROR 3 GRANTED NATURAL_PERSON null -1",
                "TYPE ERROR 4 LITIGATION_DIRECT TOTAL null null"), run(new TypeRule(), bad));
        // a GB2019 本年增/减 may be negative, a GB2021 count may not
        assertEquals(List.of("TYPE ERROR 2 RULES ISSUED null -1"),
                run(new TypeRule(), withProactive(gb2021(2021, 10, 40), "RULES", "ISSUED", "-1")));
        // a section 二 cell left blank is missing, not zero
        assertEquals(List.of("TYPE ERROR 2 ADMINISTRATIVE_FEES FEE_AMOUNT null null"),
                run(new TypeRule(), withProactive(gb2021(2021, 10, 40), "ADMINISTRATIVE_FEES", "FEE_AMOUNT", null)));
    }

    @Test
    void t3IdentityComparesNewPlusCarriedOverWithConcludedPlusCarriedForwardPerColumn() {
        assertEquals(List.of(), run(new T3IdentityRule(), reference()));

        ReportFigures bad = withApplication(reference(), ApplicationRow.CARRIED_FORWARD, ApplicantColumn.NATURAL_PERSON, 1);

        assertEquals(List.of("T3-IDENTITY ERROR 3 null NATURAL_PERSON 7 8"), run(new T3IdentityRule(), bad));
    }

    @Test
    void t3TotalAddsTheOutcomeRowsOfTheReportsFormat() {
        assertEquals(List.of(), run(new T3TotalRule(), reference()));
        assertEquals(List.of(), run(new T3TotalRule(), gb2021(2021, 10, 40)));

        ReportFigures bad = withApplication(reference(), ApplicationRow.GRANTED, ApplicantColumn.OTHER_ORGANIZATION, 3);
        assertEquals(List.of("T3-TOTAL ERROR 3 TOTAL_CONCLUDED OTHER_ORGANIZATION 3 2"), run(new T3TotalRule(), bad));

        // GB2021 counts （六）2 on its own row
        ReportFigures unpaid = withApplication(gb2021(2021, 10, 40), ApplicationRow.OTHER_FEE_UNPAID,
                ApplicantColumn.NATURAL_PERSON, 1);
        assertEquals(List.of("T3-TOTAL ERROR 3 TOTAL_CONCLUDED NATURAL_PERSON 3 2"), run(new T3TotalRule(), unpaid));
    }

    @Test
    void t3RowSumAddsTheSixApplicantColumns() {
        assertEquals(List.of(), run(new T3RowSumRule(), reference()));

        ReportFigures bad = withApplication(reference(), ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON, 5);

        assertEquals(List.of("T3-ROWSUM ERROR 3 GRANTED TOTAL 7 6"), run(new T3RowSumRule(), bad));
    }

    @Test
    void t4SumAddsUpheldCorrectedOtherAndPendingPerGroup() {
        assertEquals(List.of(), run(new T4SumRule(), reference()));

        ReportFigures bad = withAppeal(reference(), AppealKind.LITIGATION_DIRECT, AppealColumn.TOTAL, 2);

        assertEquals(List.of("T4-SUM ERROR 4 LITIGATION_DIRECT TOTAL 1 2"), run(new T4SumRule(), bad));
    }

    @Test
    void carryComparesCarriedOverWithLastYearsCarriedForwardWhenLastYearIsKnown() {
        ReportFigures previous = gb2021(2021, 10, 40);
        ReportFigures report = withApplication(gb2021(2022, 11, 43), ApplicationRow.CARRIED_OVER,
                ApplicantColumn.NATURAL_PERSON, 1);
        report = withApplication(report, ApplicationRow.CARRIED_OVER, ApplicantColumn.TOTAL, 1);
        assertEquals(List.of(), run(new CarryRule(), CheckContext.of(report).withPreviousYear(previous)));
        // unknown previous year: not evaluated
        assertEquals(List.of(), run(new CarryRule(), CheckContext.of(gb2021(2022, 11, 43))));

        ReportFigures badPrevious = withApplication(previous, ApplicationRow.CARRIED_FORWARD,
                ApplicantColumn.NATURAL_PERSON, 2);
        badPrevious = withApplication(badPrevious, ApplicationRow.CARRIED_FORWARD, ApplicantColumn.TOTAL, 2);

        assertEquals(List.of("X-CARRY ERROR 3 CARRIED_OVER NATURAL_PERSON 2 1", "X-CARRY ERROR 3 CARRIED_OVER TOTAL 2 1"),
                run(new CarryRule(), CheckContext.of(report).withPreviousYear(badPrevious)));
    }

    @Test
    void inForceFollowsLastYearPlusIssuedMinusRepealedInGb2021() {
        ReportFigures previous = gb2021(2021, 10, 40);
        assertEquals(List.of(), run(new InForceRule(), CheckContext.of(gb2021(2022, 11, 43)).withPreviousYear(previous)));

        assertEquals(List.of("X-VALID WARNING 2 NORMATIVE_DOCUMENTS IN_FORCE 43 45"),
                run(new InForceRule(), CheckContext.of(gb2021(2022, 11, 45)).withPreviousYear(previous)));
        // GB2019 has no 现行有效件数: not evaluated
        assertEquals(List.of(), run(new InForceRule(), CheckContext.of(reference()).withPreviousYear(reference())));
    }

    @Test
    void textReadsTheUsualPhrasingsAndComparesThemWithTheTables() {
        assertEquals(List.of(), run(new TextRule(), reference()));
        assertEquals(List.of(), run(new TextRule(), withText(reference(), 6,
                "受理政府信息公开申请 ９ 件，其中网上受理 5 件，办结及时率 100％。")));

        ReportFigures bad = withText(reference(), 1, "2020 年，全区受理政府信息公开申请 10 件，办结及时率 101%。"
                + "依申请公开信息答复情况中“予以公开” 5 件。发生政府信息公开行政复议 0 件、行政诉讼 2 件。");

        assertEquals(List.of("TEXT WARNING 1 NEW_RECEIVED TOTAL 9 10", "TEXT WARNING 1 GRANTED TOTAL 6 5",
                "TEXT WARNING 1 null null 1 2", "TEXT WARNING 1 null null 100 101"), run(new TextRule(), bad));
        Finding received = new TextRule().check(CheckContext.of(bad)).get(0);
        assertEquals("第1部分文字“受理政府信息公开申请 10 件”所述 10 件与表中本年新收（或加上年结转） 9 不符", received.messageZh());
        assertEquals("Section 1 says \"受理政府信息公开申请 10 件\" (10), but the table gives 9 new applications "
                + "(or new plus carried over)", received.messageEn());

        // with the ledger's timeliness known, the quoted rate is compared to it, rounded as quoted
        assertEquals(List.of("TEXT WARNING 1 null null 88 100"),
                run(new TextRule(), CheckContext.of(reference()).withTimeliness(new BigDecimal("87.5"))));
        assertEquals(List.of(), run(new TextRule(), CheckContext.of(reference()).withTimeliness(new BigDecimal("100"))));
    }

    @Test
    void rollupComparesAnAggregateWithItsOwnRecordsAndItsChildren() {
        ReportFigures child = gb2021(2021, 10, 40);
        ReportFigures nothing = zeros(child);
        CheckContext.Rollup parts = new CheckContext.Rollup(nothing, List.of(child, nothing));
        assertEquals(List.of(), run(new RollupRule(), CheckContext.of(child).withRollup(parts)));
        assertEquals(List.of(), run(new RollupRule(), CheckContext.of(child)));

        ReportFigures parent = withApplication(child, ApplicationRow.GRANTED, ApplicantColumn.NATURAL_PERSON, 3);
        parent = withAppeal(parent, AppealKind.ADMINISTRATIVE_REVIEW, AppealColumn.PENDING, 1);

        assertEquals(List.of("ROLLUP WARNING 3 GRANTED NATURAL_PERSON 2 3", "ROLLUP WARNING 4 ADMINISTRATIVE_REVIEW PENDING 0 1"),
                run(new RollupRule(), CheckContext.of(parent).withRollup(parts)));
    }

    @Test
    void reportedFlagsEveryReportedValueThatDiffersFromTheComputedOne() {
        List<ReportedCell> same = List.of(new ReportedCell(3, "GRANTED", "TOTAL", BigDecimal.valueOf(6),
                BigDecimal.valueOf(6), "entered from the printed report"));
        assertEquals(List.of(), run(new ReportedValueRule(), CheckContext.of(reference()).withReported(same)));

        List<ReportedCell> differing = List.of(
                new ReportedCell(3, "GRANTED", "TOTAL", BigDecimal.valueOf(7), BigDecimal.valueOf(6), "台账不全"),
                new ReportedCell(4, "LITIGATION_DIRECT", "CORRECTED", BigDecimal.ZERO, BigDecimal.ONE, "台账有误"),
                new ReportedCell(4, "LITIGATION_AFTER_REVIEW", "CORRECTED", null, BigDecimal.ONE, "printed as /"));

        // a cell reported as missing is TYPE's to report, once
        List<Finding> findings = new ReportedValueRule().check(CheckContext.of(reference()).withReported(differing));
        assertEquals(List.of("REPORTED WARNING 3 GRANTED TOTAL 6 7", "REPORTED WARNING 4 LITIGATION_DIRECT CORRECTED 1 0"),
                describe(findings));
        assertEquals("表三「（一）予以公开」行「总计」列：填报值 7 与台账计算值 6 不同（理由：台账不全）", findings.get(0).messageZh());
        assertEquals("表四「行政诉讼（未经复议直接起诉）」「结果纠正」：填报值 0 与台账计算值 1 不同（理由：台账有误）",
                findings.get(1).messageZh());
        assertEquals("Table 4, row LITIGATION_DIRECT, column CORRECTED: the reported value 0 differs from the "
                + "computed 1 (reason: 台账有误)", findings.get(1).messageEn());
        assertEquals("4/LITIGATION_DIRECT/CORRECTED", findings.get(1).place());
    }

    @Test
    void withoutALedgerForTheYearReportedValuesAreNotComparedCellByCell() {
        List<ReportedCell> imported = List.of(
                new ReportedCell(3, "GRANTED", "TOTAL", BigDecimal.valueOf(6), BigDecimal.ZERO, "据已公开的报告导入"),
                new ReportedCell(3, "GRANTED", "NATURAL_PERSON", BigDecimal.valueOf(4), BigDecimal.ZERO, "据已公开的报告导入"));
        List<Finding> findings = new ReportedValueRule().check(
                CheckContext.of(reference()).withReported(imported).withoutLedger());
        assertEquals(List.of("REPORTED WARNING 3 null null null null"), describe(findings));
        assertEquals("台账中没有 2020 年度的申请和复议诉讼记录：表三、表四为填报值，不与台账比较", findings.get(0).messageZh());
        assertEquals(List.of(), new ReportedValueRule().check(CheckContext.of(reference()).withoutLedger()));
    }

    @Test
    void typeNamesTheCellsByTheirLabels() {
        ReportFigures printed = withApplication(reference(), ApplicationRow.DENIED_LAW_PROHIBITED,
                ApplicantColumn.TOTAL, null);
        printed = withAppeal(printed, AppealKind.LITIGATION_AFTER_REVIEW, AppealColumn.PENDING, -1);
        List<Finding> findings = new TypeRule().check(CheckContext.of(printed));
        assertEquals(List.of("表三「（三）不予公开 2.其他法律行政法规禁止公开」行「总计」列：单元格为空（空白、“/”“-”“—”视为缺失，不视为 0），应填非负整数",
                "表四「行政诉讼（复议后起诉）」「尚未审结」：-1 不是非负整数"),
                findings.stream().map(Finding::messageZh).toList());
    }

    @Test
    void theReferenceReportPassesEveryRuleOnceItsDefectiveRowIsEnteredCorrectly() {
        CheckResult corrected = ConsistencyChecker.check(CheckContext.of(reference()));
        assertEquals(List.of(), describe(corrected.findings()));

        // as printed, （四）1 has six numbers for seven columns: 3 0 0 0 0 3, so 其他 reads 3 and 总计 is blank
        ReportFigures printed = withApplication(reference(), ApplicationRow.UNAVAILABLE_NOT_HELD,
                ApplicantColumn.OTHER_ORGANIZATION, 3);
        printed = withApplication(printed, ApplicationRow.UNAVAILABLE_NOT_HELD, ApplicantColumn.TOTAL, null);
        CheckResult asPrinted = ConsistencyChecker.check(CheckContext.of(printed));

        assertEquals(List.of("TYPE ERROR 3 UNAVAILABLE_NOT_HELD TOTAL null null",
                "T3-TOTAL ERROR 3 TOTAL_CONCLUDED OTHER_ORGANIZATION 5 2"), describe(asPrinted.findings()));
        assertEquals(2, asPrinted.errors());
        for (Finding finding : asPrinted.findings()) {
            assertFalse(finding.messageZh().isBlank());
            assertFalse(finding.messageEn().isBlank());
        }
    }

    @Test
    void everyRuleOfDomainSection6IsRunInOrder() {
        assertEquals(List.of("TYPE", "T3-IDENTITY", "T3-TOTAL", "T3-ROWSUM", "T4-SUM", "X-CARRY", "X-VALID", "TEXT",
                "ROLLUP", "REPORTED"), ConsistencyChecker.RULES.stream().map(ConsistencyRule::id).toList());
        assertEquals(ReportFormat.GB2019, reference().format());
    }

    private static List<String> run(ConsistencyRule rule, ReportFigures figures) {
        return run(rule, CheckContext.of(figures));
    }

    private static List<String> run(ConsistencyRule rule, CheckContext context) {
        List<Finding> findings = rule.check(context);
        findings.forEach(finding -> assertEquals(rule.id(), finding.rule()));
        return describe(findings);
    }

    private static List<String> describe(List<Finding> findings) {
        List<String> lines = new ArrayList<>();
        for (Finding f : findings) {
            lines.add(f.rule() + " " + f.severity() + " " + f.section() + " " + f.row() + " " + f.column() + " "
                    + f.expected() + " " + f.actual());
        }
        return lines;
    }

    private static ReportFigures zeros(ReportFigures like) {
        Map<ApplicationRow, List<Integer>> rows = new LinkedHashMap<>();
        for (ApplicationRow row : like.applicationRows()) {
            rows.put(row, List.of(0, 0, 0, 0, 0, 0, 0));
        }
        List<Integer> appeals = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            appeals.add(0);
        }
        return new ReportFigures("Z", like.year(), like.format(), Fixtures.table3(rows), Fixtures.table4(appeals),
                List.of(), Map.of());
    }
}
