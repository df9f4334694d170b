package cn.govdisclosure.codes;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import cn.govdisclosure.agency.AgencyKind;
import cn.govdisclosure.agency.Scope;
import cn.govdisclosure.audit.AuditAction;
import cn.govdisclosure.checks.Severity;
import cn.govdisclosure.federation.CollectionView;
import cn.govdisclosure.federation.CredentialsKind;
import cn.govdisclosure.federation.PullStatus;
import cn.govdisclosure.federation.PullTrigger;
import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.AppealResult;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ApplicantType;
import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.CellKind;
import cn.govdisclosure.format.Outcome;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.ledger.ApplicationStatus;
import cn.govdisclosure.ledger.Channel;
import cn.govdisclosure.ledger.Counterpart;
import cn.govdisclosure.ledger.DeadlineStatus;
import cn.govdisclosure.ledger.EventType;
import cn.govdisclosure.platform.FieldErrorCode;
import cn.govdisclosure.platform.Labelled;
import cn.govdisclosure.report.ReportOrigin;
import cn.govdisclosure.report.ReportStatus;
import cn.govdisclosure.report.ReportedTable;
import cn.govdisclosure.transfer.CellStatus;
import cn.govdisclosure.transfer.ConflictPolicy;
import cn.govdisclosure.transfer.Detection;
import cn.govdisclosure.transfer.ImportMode;
import cn.govdisclosure.transfer.ImportStatus;
import cn.govdisclosure.transfer.ReportTable;

/**
 * Every enumeration of the API by name, each code with its names in Chinese and English, in the order the API and
 * the template list them. The names of the template's rows, columns and groups are the {@code format} package's, the
 * ones the tables print; every other enumeration names its own constants ({@link Labelled}).
 */
@Schema(name = "CodeLists", description = "Every enumeration of the API, by name: each code with its names in Chinese "
        + "and English, and the group the national template prints it under. The same for every caller and language.",
        requiredProperties = {"applicantTypes", "applicantColumns", "outcomes", "applicationRows", "appealKinds",
            "appealResults", "appealColumns", "channels", "eventTypes", "counterparts", "applicationStatuses",
            "deadlineStatuses", "reportStatuses", "reportOrigins", "reportFormats", "reportedTables", "reportTables",
            "comparisonSources", "agencyKinds", "scopes", "cellKinds", "cellStatuses", "importStatuses", "importModes",
            "conflictPolicies", "importDetections", "severities", "auditActions", "credentialsKinds", "pullStatuses",
            "pullTriggers", "collectionStandings", "figuresOrigins", "fieldErrorCodes"})
public record CodeLists(
        @Schema(description = "ApplicantType: who applied, as a ledger records it (其他组织 is the template's column 其他)")
        List<Code> applicantTypes,
        @Schema(description = "ApplicantColumn: the columns of table 三, as the template heads them") List<Code> applicantColumns,
        @Schema(description = "Outcome: the final reply to an application, grouped as table 三 groups its rows (不予公开, "
                + "无法提供, 不予处理, 其他处理)") List<Code> outcomes,
        @Schema(description = "ApplicationRow: the rows of table 三 in the GB2021 wording (GET /formats gives each format's "
                + "labels)") List<Code> applicationRows,
        @Schema(description = "AppealKind: the groups of table 四, the two kinds of lawsuit under 行政诉讼") List<Code> appealKinds,
        @Schema(description = "AppealResult: the result of a review or lawsuit") List<Code> appealResults,
        @Schema(description = "AppealColumn: the columns of each group of table 四, the results and 总计") List<Code> appealColumns,
        @Schema(description = "Channel: how an application reached the agency") List<Code> channels,
        @Schema(description = "EventType: what can happen to an application after receipt") List<Code> eventTypes,
        @Schema(description = "Counterpart: who is consulted") List<Code> counterparts,
        @Schema(description = "ApplicationStatus") List<Code> applicationStatuses,
        @Schema(description = "DeadlineStatus: where an application stands with its reply deadline") List<Code> deadlineStatuses,
        @Schema(description = "ReportStatus: the report's workflow") List<Code> reportStatuses,
        @Schema(description = "ReportOrigin: where a report's tables 三 and 四 come from") List<Code> reportOrigins,
        @Schema(description = "ReportFormat: the national report formats") List<Code> reportFormats,
        @Schema(description = "ReportedTable: the tables whose values may be reported") List<Code> reportedTables,
        @Schema(description = "ReportTable.table: the tables of GET /reports/{id}/tables/{table}") List<Code> reportTables,
        @Schema(description = "ComparisonSource: where the previous year's figures come from") List<Code> comparisonSources,
        @Schema(description = "AgencyKind") List<Code> agencyKinds,
        @Schema(description = "Scope: whose records are counted") List<Code> scopes,
        @Schema(description = "CellKind: what a section 二 cell holds") List<Code> cellKinds,
        @Schema(description = "CellStatus: how a cell of an imported report was read") List<Code> cellStatuses,
        @Schema(description = "ImportStatus: where a ledger import job is") List<Code> importStatuses,
        @Schema(description = "LedgerImport.mode") List<Code> importModes,
        @Schema(description = "LedgerImport.onConflict") List<Code> conflictPolicies,
        @Schema(description = "ReportImportDocument.yearFrom and formatFrom: where an imported report's year and format "
                + "came from") List<Code> importDetections,
        @Schema(description = "Severity: of a finding of the checks") List<Code> severities,
        @Schema(description = "AuditAction: what happened to a record") List<Code> auditActions,
        @Schema(description = "CredentialsKind: how this instance authenticates to a federation source") List<Code> credentialsKinds,
        @Schema(description = "PullStatus: where a federation pull stands") List<Code> pullStatuses,
        @Schema(description = "PullTrigger: what started a pull") List<Code> pullTriggers,
        @Schema(description = "Standing: whether an agency's report of the year is published (the collection)")
        List<Code> collectionStandings,
        @Schema(description = "FiguresOrigin: where an agency's figures of the year come from (the collection)")
        List<Code> figuresOrigins,
        @Schema(description = "FieldError.code: what is wrong with a field of a request") List<Code> fieldErrorCodes) {

    static final Code.Group ORGANIZATIONS = new Code.Group("ORGANIZATIONS", ApplicantColumn.ORGANIZATIONS_HEADING,
            ApplicantColumn.ORGANIZATIONS_HEADING_EN);
    static final Code.Group LITIGATION = new Code.Group("LITIGATION", AppealKind.LITIGATION_HEADING,
            AppealKind.LITIGATION_HEADING_EN);

    /** The lists; they depend on nothing but the code, so one instance serves every request. */
    static CodeLists of() {
        return new CodeLists(
                map(ApplicantType.values(), type -> new Code(type.name(), type.standaloneLabel(), type.en(),
                        type.isOrganization() ? ORGANIZATIONS : null)),
                map(ApplicantColumn.values(), column -> new Code(column.name(), column.label(), column.en(),
                        column.type().filter(ApplicantType::isOrganization).map(type -> ORGANIZATIONS).orElse(null))),
                map(Outcome.values(), outcome -> new Code(outcome.name(), outcome.label(), outcome.en(),
                        group(outcome.group()))),
                map(ApplicationRow.values(), row -> new Code(row.name(), row.text(), row.en(),
                        group(row.group(ReportFormat.GB2021)))),
                map(AppealKind.values(), kind -> new Code(kind.name(), kind.label(), kind.en(),
                        kind.isLitigation() ? LITIGATION : null)),
                map(AppealResult.values(), result -> Code.of(result.name(), result.column().label(), result.column().en())),
                map(AppealColumn.values(), column -> Code.of(column.name(), column.label(), column.en())),
                labelled(Channel.values()),
                labelled(EventType.values()),
                labelled(Counterpart.values()),
                labelled(ApplicationStatus.values()),
                labelled(DeadlineStatus.values()),
                labelled(ReportStatus.values()),
                labelled(ReportOrigin.values()),
                map(ReportFormat.values(), format -> Code.of(format.name(), format.source(), format.en())),
                labelled(ReportedTable.values()),
                map(ReportTable.Name.values(), table -> Code.of(table.code(), table.zh(), table.en())),
                labelled(ReportTable.Source.values()),
                labelled(AgencyKind.values()),
                labelled(Scope.values()),
                map(CellKind.values(), kind -> Code.of(kind.name(), kind.zh(), kind.en())),
                labelled(CellStatus.values()),
                labelled(ImportStatus.values()),
                map(ImportMode.values(), mode -> Code.of(mode.parameter(), mode.zh(), mode.en())),
                map(ConflictPolicy.values(), policy -> Code.of(policy.parameter(), policy.zh(), policy.en())),
                labelled(Detection.values()),
                labelled(Severity.values()),
                labelled(AuditAction.values()),
                labelled(CredentialsKind.values()),
                labelled(PullStatus.values()),
                labelled(PullTrigger.values()),
                labelled(CollectionView.Standing.values()),
                labelled(CollectionView.FiguresOrigin.values()),
                map(FieldErrorCode.values(), code -> Code.of(code.code(), code.zh(), code.en())));
    }

    private static Code.Group group(ApplicationRow.Group group) {
        return group == null ? null : new Code.Group(group.name(), group.text(), group.en());
    }

    private static <E extends Enum<E> & Labelled> List<Code> labelled(E[] constants) {
        return map(constants, constant -> Code.of(constant.name(), constant.zh(), constant.en()));
    }

    private static <T> List<Code> map(T[] constants, Function<T, Code> code) {
        return Arrays.stream(constants).map(code).toList();
    }
}
