package cn.govdisclosure.demo;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.jboss.logging.Logger;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;

import cn.govdisclosure.access.Audience;
import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.ledger.AppealService;
import cn.govdisclosure.ledger.ApplicationService;
import cn.govdisclosure.platform.ExpectedVersion;
import cn.govdisclosure.report.ProactiveDisclosureInput;
import cn.govdisclosure.report.ReportInput;
import cn.govdisclosure.report.ReportService;
import cn.govdisclosure.report.SectionInput;

/**
 * Loads the demo data set at start-up in the dev profile, through the same services the API uses.
 * Every step is idempotent, so a hot reload over the same in-memory database changes nothing.
 */
@Singleton
@IfBuildProfile("dev")
class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);

    void load(@Observes StartupEvent start, ObjectMapper mapper, AgencyService agencies,
            ApplicationService applications, AppealService appeals, ReportService reports) {
        DemoDataSet data = DemoDataSet.read(mapper);
        String code = data.agency().code();
        agencies.create(data.agency());
        data.children().forEach(agencies::create);
        AgencyRef agency = agencies.require(code);
        // loading shows nobody anything: no applicant's details leave the service, nothing is logged
        data.applications().forEach(application -> applications.create(agency, application, Audience.masked()));
        data.appeals().forEach(appeal -> appeals.create(agency, appeal));
        var report = reports.create(agency, new ReportInput(data.report().year(), null)).stored();
        long id = report.view().id();
        if (report.view().sections().stream().allMatch(section -> section.text().isEmpty())) {
            data.report().sections().forEach((number, text) -> reports.updateSection(id, number,
                    new SectionInput(text), ExpectedVersion.any()));
            reports.updateProactiveDisclosure(id, new ProactiveDisclosureInput(data.report().proactiveDisclosure()),
                    ExpectedVersion.any());
            reports.updateFrontMatter(id, data.report().frontMatter(), ExpectedVersion.any());
        }
        LOG.infof("Demo data loaded: agency %s with %d applications; report %d at /api/v1/reports/%d", code,
                data.applications().size(), id, id);
    }
}
