package cn.govdisclosure.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.govdisclosure.agency.AgencyInput;
import cn.govdisclosure.ledger.AppealInput;
import cn.govdisclosure.ledger.ApplicationInput;
import cn.govdisclosure.report.FrontMatterInput;

/**
 * The demonstration data: Luojiang District's 2020 ledger, its appeal, and the sections and section 二
 * figures of its published report, from which the service reproduces that report.
 */
public record DemoDataSet(AgencyInput agency, List<AgencyInput> children, List<ApplicationInput> applications,
        List<AppealInput> appeals, Report report) {

    public static final String RESOURCE = "demo/luojiang-2020.json";

    /** The report part: its year, its own opening as printed, section texts by number and the section 二 cells. */
    public record Report(int year, FrontMatterInput frontMatter, Map<Integer, String> sections,
            Map<String, Map<String, JsonNode>> proactiveDisclosure) {
    }

    public static DemoDataSet read(ObjectMapper mapper) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return mapper.readValue(in, DemoDataSet.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
