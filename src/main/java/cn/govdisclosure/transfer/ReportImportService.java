package cn.govdisclosure.transfer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.Scope;
import cn.govdisclosure.checks.CheckResult;
import cn.govdisclosure.format.AppealColumn;
import cn.govdisclosure.format.ApplicantColumn;
import cn.govdisclosure.format.ProactiveLayout;
import cn.govdisclosure.format.ReportFormat;
import cn.govdisclosure.platform.Conflict;
import cn.govdisclosure.platform.Creation;
import cn.govdisclosure.platform.ExpectedVersion;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.Message;
import cn.govdisclosure.platform.NotFound;
import cn.govdisclosure.platform.ServiceClock;
import cn.govdisclosure.platform.UnreadableContent;
import cn.govdisclosure.platform.UnsupportedMediaType;
import cn.govdisclosure.report.ChecksView;
import cn.govdisclosure.report.ImportedContent;
import cn.govdisclosure.report.ReportChecks;
import cn.govdisclosure.report.ReportService;
import cn.govdisclosure.report.ReportView;
import cn.govdisclosure.report.ReportedTable;

/**
 * Imports a report an agency published elsewhere: reads the document, and — unless it is a dry run — stores what
 * was read as the agency's report of that year (origin IMPORTED) through the report service, with a record of the
 * import on the report; either way answers with every cell as read, the parse findings and the checks.
 */
@ApplicationScoped
public class ReportImportService {

    private static final int SOURCE_IN_REASON = 200;
    /** The length of a reported value's reason. */
    private static final int REASON_LIMIT = 500;

    private final ReportService reports;
    private final ReportChecks checks;
    private final ReportImportRepository imports;
    private final ServiceClock clock;
    private final ObjectMapper mapper;

    ReportImportService(ReportService reports, ReportChecks checks, ReportImportRepository imports, ServiceClock clock,
            ObjectMapper mapper) {
        this.reports = reports;
        this.checks = checks;
        this.imports = imports;
        this.clock = clock;
        this.mapper = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    /** An import asked for: the document and what came with it. */
    public record Request(byte[] body, String mediaType, String charset, Integer year, ReportFormat format,
            Scope scope, String source, boolean dryRun) {
    }

    /** The import's answer, and whether it created the report (201) or replaced a draft's figures (200). */
    public record Outcome(ReportImportView view, boolean created, Long reportVersion) {
    }

    @Transactional
    public Outcome importDocument(AgencyRef agency, Request request, ExpectedVersion expected, String importedBy) {
        DocumentType type = DocumentType.of(request.mediaType()).orElseThrow(() -> new UnsupportedMediaType(
                Message.of("detail.report-import-types", DocumentType.mediaTypes(),
                        request.mediaType() == null ? "-" : request.mediaType())));
        if (request.body() == null || request.body().length == 0) {
            throw new InvalidInput("body", "required", "field.empty-document");
        }
        ParsedReport parsed;
        try {
            parsed = new PublishedReportParser().parse(read(type, request), request.year(), request.format());
        } catch (UnreadableDocumentException e) {
            throw new UnreadableContent(Message.of("title.unreadable-document"), e.reason());
        }
        if (!recognisable(parsed)) {
            throw new UnreadableContent(Message.of("title.not-a-report"), Message.of("detail.not-a-report"));
        }
        if (parsed.year() == null) {
            throw new InvalidInput("year", "required", "field.document-year");
        }
        ImportedContent content = content(parsed, request);
        if (request.dryRun()) {
            CheckResult result = checks.preview(agency, content);
            return new Outcome(view(parsed, request, agency, null,
                    new ReportImportView.Checks(result.errors(), result.warnings(), result.findings())), false, null);
        }
        ReportFormat yearsFormat = ReportFormat.forYear(parsed.year());
        if (parsed.format() != yearsFormat) {
            throw new Conflict(Message.of("detail.document-format-differs", parsed.format(), parsed.year(),
                    yearsFormat, yearsFormat.source()));
        }
        Creation<ReportView> stored = reports.importReport(agency, content, expected);
        long id = stored.stored().view().id();
        ChecksView checked = checks.view(id);
        ReportImportView view = view(parsed, request, agency, id,
                new ReportImportView.Checks(checked.errors(), checked.warnings(), checked.findings()));
        ReportImportRecord record = new ReportImportRecord();
        record.reportId = id;
        record.importedAt = clock.now();
        record.importedBy = importedBy == null ? "unknown" : importedBy;
        record.mediaType = type.mediaType();
        record.source = request.source();
        record.result = json(view);
        imports.persist(record);
        return new Outcome(view, stored.created(), stored.stored().version());
    }

    /** The latest import stored on a report, as it answered. */
    public ReportImportView latest(long reportId) {
        ReportImportRecord record = imports.latest(reportId).orElseThrow(() -> new NotFound(
                Message.of("detail.not-imported", reportId)));
        try {
            return mapper.readValue(record.result, ReportImportView.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored import of report " + reportId + " could not be read", e);
        }
    }

    private static DocumentText read(DocumentType type, Request request) {
        return switch (type) {
            case TEXT -> new PlainTextReader().read(request.body(), request.charset());
            case HTML -> new HtmlReader().read(request.body(), request.charset());
            case PDF -> new PdfReader().read(request.body());
            case DOCX -> new DocxReader().read(request.body());
        };
    }

    /** Whether anything of an annual report was found: a section heading or a row of table 三. */
    private static boolean recognisable(ParsedReport parsed) {
        boolean heading = parsed.sections().stream().anyMatch(section -> section.heading() != null);
        long missingRows = parsed.findings().stream()
                .filter(finding -> finding.code().equals("ROW_MISSING") && finding.section() == 3).count();
        long rows = parsed.applications().stream().map(ParsedCell::row).distinct().count();
        return heading || missingRows < rows;
    }

    /** What is stored: the sections' text, the section 二 cells read, every table 三 and 四 cell with its reason. */
    private static ImportedContent content(ParsedReport parsed, Request request) {
        Map<Integer, String> sections = new LinkedHashMap<>();
        parsed.sections().forEach(section -> sections.put(section.number(), section.text()));
        List<ImportedContent.ProactiveFigure> proactive = parsed.proactive().stream()
                .filter(cell -> cell.status() == CellStatus.READ)
                .map(cell -> new ImportedContent.ProactiveFigure(cell.row(), cell.column(), cell.value())).toList();
        List<ImportedContent.ReportedFigure> reported = new ArrayList<>();
        reported.addAll(figures(ReportedTable.APPLICATIONS, parsed.applications(), request.source()));
        reported.addAll(figures(ReportedTable.APPEALS, parsed.appeals(), request.source()));
        return new ImportedContent(parsed.year(), request.scope(), request.source(), parsed.preamble(), sections,
                proactive, reported);
    }

    /**
     * A table's cells as reported values, row by row with one reason: imported from the document (its name or URL),
     * and what of the row was blank, ambiguous or unreadable there.
     */
    private static List<ImportedContent.ReportedFigure> figures(ReportedTable table, List<ParsedCell> cells,
            String source) {
        String from = source == null ? "" : "（" + (source.length() > SOURCE_IN_REASON
                ? source.substring(0, SOURCE_IN_REASON) + "…" : source) + "）";
        Map<String, List<ParsedCell>> rows = new LinkedHashMap<>();
        cells.forEach(cell -> rows.computeIfAbsent(cell.row(), row -> new ArrayList<>()).add(cell));
        List<ImportedContent.ReportedFigure> figures = new ArrayList<>();
        rows.forEach((row, rowCells) -> {
            StringBuilder reason = new StringBuilder("据已公开的报告导入").append(from);
            if (rowCells.stream().anyMatch(cell -> cell.status() == CellStatus.READ && cell.raw().isEmpty())) {
                reason.append("；原文本行少印一个数值，按表三的合计关系补齐");
            }
            for (ParsedCell cell : rowCells) {
                String label = table == ReportedTable.APPLICATIONS ? ApplicantColumn.valueOf(cell.column()).label()
                        : AppealColumn.valueOf(cell.column()).label();
                switch (cell.status()) {
                    case READ -> {
                    }
                    case BLANK -> reason.append("；").append(label).append("：原文此格为空");
                    case AMBIGUOUS -> reason.append("；").append(label).append("：原文数字“").append(abbreviate(cell.raw()))
                            .append("”拆分不唯一，未取值");
                    case UNREADABLE -> reason.append("；").append(label).append("：原文“").append(abbreviate(cell.raw()))
                            .append("”无法读取");
                }
            }
            String text = reason.length() > REASON_LIMIT ? reason.substring(0, REASON_LIMIT - 1) + "…" : reason.toString();
            for (ParsedCell cell : rowCells) {
                Long amount = cell.value() == null ? null : cell.value().longValueExact();
                figures.add(new ImportedContent.ReportedFigure(table, row, cell.column(), amount, text));
            }
        });
        return figures;
    }

    private static String abbreviate(String raw) {
        return raw.length() > 30 ? raw.substring(0, 30) + "…" : raw;
    }

    private static ReportImportView view(ParsedReport parsed, Request request, AgencyRef agency, Long reportId,
            ReportImportView.Checks checks) {
        ReportImportView.Document document = new ReportImportView.Document(
                DocumentType.of(request.mediaType()).map(DocumentType::mediaType).orElse(request.mediaType()),
                request.source(), parsed.title(), parsed.agencyName(), parsed.year(), parsed.yearFrom().name(),
                parsed.format(), parsed.formatFrom().name());
        List<ReportImportView.Section> sections = parsed.sections().stream()
                .map(s -> new ReportImportView.Section(s.number(), s.heading(), s.line(), s.text())).toList();
        List<ReportImportView.ParseFindingView> findings = parsed.findings().stream()
                .map(f -> new ReportImportView.ParseFindingView(f.code(), f.section(), f.row(), f.column(), f.line(),
                        f.excerpt(), f.messageZh(), f.messageEn()))
                .toList();
        return new ReportImportView(reportId, request.dryRun(), agency.code(), document, parsed.preamble(), sections,
                cells(parsed.proactive(), parsed.format(), true), cells(parsed.applications(), parsed.format(), false),
                cells(parsed.appeals(), parsed.format(), false), findings, checks);
    }

    private static List<ReportImportView.Cell> cells(List<ParsedCell> cells, ReportFormat format, boolean proactive) {
        return cells.stream().map(cell -> {
            boolean money = proactive && ProactiveLayout.groupOf(format, cell.row())
                    .flatMap(group -> group.column(cell.column())).map(column -> column.kind().isMoney()).orElse(false);
            return new ReportImportView.Cell(cell.row(), cell.column(), json(cell.value(), money), cell.raw(),
                    cell.status(), cell.candidates().stream().map(value -> json(value, money)).toList());
        }).toList();
    }

    /** A value as JSON: an integer for counts, a decimal string (as printed) for money. */
    private static Object json(BigDecimal value, boolean money) {
        if (value == null) {
            return null;
        }
        return money ? value.toPlainString() : (Object) value.longValueExact();
    }

    private String json(ReportImportView view) {
        try {
            return mapper.writeValueAsString(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an import could not be written as JSON", e);
        }
    }
}
