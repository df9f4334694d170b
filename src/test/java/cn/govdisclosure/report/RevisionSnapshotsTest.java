package cn.govdisclosure.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;

import cn.govdisclosure.format.ApplicationRow;
import cn.govdisclosure.format.ReportFormat;

/** The stored form of published revisions, read and written by {@link RevisionSnapshots} alone. */
class RevisionSnapshotsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STANDARD_OPENING = FrontMatterView.defaultOpening("洛江区人民政府", 2020);

    private final RevisionSnapshots snapshots = new RevisionSnapshots();

    @Test
    void aRevisionStoredBeforeVersionsExistedIsVersionOneAndKeepsEveryMember() throws IOException {
        String stored = fixture("luojiang-2020-revision-1.json");
        ReportView view = snapshots.thaw(stored);

        assertEquals("洛江区人民政府2020年政府信息公开工作年度报告", view.title());
        assertEquals(ReportFormat.GB2019, view.format());
        assertEquals(LocalDate.of(2021, 3, 31), view.publicationDeadline());
        assertEquals(9L, view.applications().row(ApplicationRow.NEW_RECEIVED).values().get(6));
        // written again, it is the stored record, member for member, as version 2 with the front matter it printed
        String rewritten = snapshots.freeze(view, view.publicationDeadline(), view.publishedDate(), view.provenance());
        ObjectNode tree = (ObjectNode) JSON.readTree(rewritten);
        assertEquals(2, tree.remove("schemaVersion").asInt());
        assertEquals(JSON.readTree("{\"opening\":" + JSON.writeValueAsString(STANDARD_OPENING)
                + ",\"issuer\":null,\"issueDate\":null}"), tree.remove("frontMatter"));
        assertEquals(JSON.readTree(stored), tree);
        assertNull(view.provenance());
        assertEquals(ReportOrigin.LEDGER, view.provenanceOrLedger().origin());
        // version 1 printed the standard opening and no closing; version 2 keeps what it printed
        assertNull(view.frontMatter());
        assertEquals(new FrontMatterView(STANDARD_OPENING, null, null), view.printedFrontMatter());
        assertEquals(view.printedFrontMatter(), snapshots.thaw(rewritten).frontMatter());
    }

    @Test
    void publishingFreezesTheFrontMatterWithThePublicationDateUnlessOneWasSet() throws IOException {
        ReportView draft = snapshots.thaw(fixture("gb2021-revision-2.json"));
        ReportView withClosing = withFrontMatter(draft, new FrontMatterView("本报告电子版可在某区人民政府门户网站查阅。", "某区人民政府", null));
        assertEquals(new FrontMatterView("本报告电子版可在某区人民政府门户网站查阅。", "某区人民政府", LocalDate.of(2022, 1, 20)),
                snapshots.thaw(snapshots.freeze(withClosing, LocalDate.of(2022, 1, 31), LocalDate.of(2022, 1, 20), null))
                        .frontMatter());
        ReportView dated = withFrontMatter(draft, new FrontMatterView("开头。", "某区人民政府办公室", LocalDate.of(2022, 1, 18)));
        assertEquals(LocalDate.of(2022, 1, 18), snapshots.thaw(snapshots.freeze(dated, LocalDate.of(2022, 1, 31),
                LocalDate.of(2022, 1, 20), null)).frontMatter().issueDate());
    }

    @Test
    void aVersionTwoRecordWithoutFrontMatterIsRefusedLoudly() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> snapshots.thaw("{\"schemaVersion\":2,\"id\":7,\"year\":2020}"));
        assertTrue(refused.getMessage().contains("lacks its front matter"), refused.getMessage());
    }

    @Test
    void publishingStampsTheStatusDeadlineDateAndLateness() throws IOException {
        ReportView stored = snapshots.thaw(fixture("gb2021-revision-2.json"));
        ReportProvenance provenance = new ReportProvenance(ReportOrigin.IMPORTED, "report-2021.pdf",
                "https://www.example.gov.cn/ndbg/2021.htm",
                java.util.List.of(new ReportProvenance.Acknowledgement("T3-TOTAL", "3/TOTAL_CONCLUDED/TOTAL", "原文如此")), null);
        ReportView published = snapshots.thaw(snapshots.freeze(stored, LocalDate.of(2022, 1, 31),
                LocalDate.of(2022, 1, 20), provenance));
        assertEquals(provenance, published.provenance());
        assertEquals(ReportStatus.PUBLISHED, published.status());
        assertEquals(LocalDate.of(2022, 1, 31), published.publicationDeadline());
        assertEquals(LocalDate.of(2022, 1, 20), published.publishedDate());
        assertEquals(Boolean.FALSE, published.publishedLate());
        assertEquals("补报信息处理费收取情况", published.revisionReason());
    }

    @Test
    void membersAddedLaterAreIgnoredAndMembersMissingInOldRecordsReadAsAbsent() {
        ReportView view = snapshots.thaw("{\"id\":7,\"agencyCode\":\"A\",\"year\":2020,\"format\":\"GB2019\","
                + "\"status\":\"PUBLISHED\",\"revision\":1,\"frontMatter\":\"a member of a later version\"}");
        assertEquals(7, view.id());
        assertNull(view.scope());
        assertNull(view.reportedValues());
        assertNull(view.computedApplications());
    }

    @Test
    void aVersionThisServiceDoesNotKnowIsRefusedLoudly() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> snapshots.thaw("{\"schemaVersion\":3,\"id\":7}"));
        assertTrue(refused.getMessage().contains("schema version 3"), refused.getMessage());
    }

    private static ReportView withFrontMatter(ReportView r, FrontMatterView frontMatter) {
        return new ReportView(r.id(), r.agencyCode(), r.agencyName(), r.year(), r.format(), r.status(), r.title(),
                frontMatter, r.sections(), r.proactiveDisclosure(), r.applications(), r.appeals(), r.createdAt(),
                r.updatedAt(), r.scope(), r.revision(), r.revisionReason(), r.workflowComment(),
                r.publicationDeadline(), r.publishedDate(), r.publishedLate(), r.reportedValues(),
                r.computedApplications(), r.computedAppeals(), r.provenance());
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = RevisionSnapshotsTest.class.getClassLoader().getResourceAsStream("revisions/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
