package cn.govdisclosure.federation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import cn.govdisclosure.access.PersonalDataCipher;
import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.platform.Violation;
import cn.govdisclosure.platform.Message;
import cn.govdisclosure.platform.Conflict;
import cn.govdisclosure.platform.Creation;
import cn.govdisclosure.platform.InvalidInput;
import cn.govdisclosure.platform.NotFound;
import cn.govdisclosure.platform.PageOf;
import cn.govdisclosure.platform.PageRequest;
import cn.govdisclosure.platform.ServiceClock;
import cn.govdisclosure.platform.Versioned;
import cn.govdisclosure.statistics.StatisticsService;

/** Registers federation sources and reads them and their pulls; the client secret is encrypted and never shown. */
@ApplicationScoped
public class FederationService {

    private final SourceRepository sources;
    private final PullRepository pulls;
    private final AgencyService agencies;
    private final StatisticsService statistics;
    private final PersonalDataCipher cipher;
    private final ServiceClock clock;

    FederationService(SourceRepository sources, PullRepository pulls, AgencyService agencies,
            StatisticsService statistics, PersonalDataCipher cipher, ServiceClock clock) {
        this.sources = sources;
        this.pulls = pulls;
        this.agencies = agencies;
        this.statistics = statistics;
        this.cipher = cipher;
        this.clock = clock;
    }

    /** Registers a source; the same registration sent again returns the stored source (200). */
    @Transactional
    public Creation<SourceView> create(SourceInput input) {
        List<Violation> errors = new ArrayList<>();
        String baseUrl = input.baseUrl().strip().replaceAll("/+$", "");
        if (!isHttpUrl(baseUrl)) {
            errors.add(Violation.of("baseUrl", "invalid-format", "field.http-url"));
        }
        for (Integer year : input.years()) {
            try {
                statistics.checkYear(year);
            } catch (InvalidInput e) {
                errors.add(Violation.of("years", "out-of-range", "field.report-years",
                        String.valueOf(StatisticsService.FIRST_YEAR), String.valueOf(year)));
            }
        }
        SourceInput.Credentials credentials = input.credentials();
        if (input.kind() == CredentialsKind.OAUTH2_CLIENT) {
            if (credentials.tokenUrl() == null || !isHttpUrl(credentials.tokenUrl().strip())) {
                errors.add(Violation.of("credentials.tokenUrl", "required", "field.oauth2-token-url"));
            }
            if (credentials.clientId() == null || credentials.clientId().isBlank()) {
                errors.add(Violation.of("credentials.clientId", "required", "field.oauth2-client-id"));
            }
            if (credentials.clientSecret() == null || credentials.clientSecret().isBlank()) {
                errors.add(Violation.of("credentials.clientSecret", "required", "field.oauth2-client-secret"));
            }
        } else if (credentials != null && (credentials.tokenUrl() != null || credentials.clientId() != null
                || credentials.clientSecret() != null)) {
            errors.add(Violation.of("credentials", "invalid", "field.credentials-none"));
        }
        AgencyRef parent = agencies.find(input.localParentCode().strip()).orElse(null);
        if (parent == null) {
            errors.add(Violation.of("localParentCode", "unknown-value", "field.no-agency", input.localParentCode()));
        } else if (parent.federated()) {
            errors.add(Violation.of("localParentCode", "invalid", "field.parent-federated", parent.code(),
                    parent.federatedFrom()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        String years = String.join(",", input.years().stream().distinct().sorted().map(String::valueOf).toList());
        var existing = sources.findByCode(input.code());
        if (existing.isPresent()) {
            FederationSource source = existing.get();
            boolean same = source.name.equals(input.name().strip()) && source.baseUrl.equals(baseUrl)
                    && source.rootAgencyCode.equals(input.agencyCode().strip()) && source.localParentId == parent.id()
                    && source.reportYears.equals(years) && source.credentialsKind == input.kind()
                    && Objects.equals(source.tokenUrl, credentials == null ? null : strip(credentials.tokenUrl()))
                    && Objects.equals(source.clientId, credentials == null ? null : strip(credentials.clientId()))
                    && Objects.equals(source.clientSecret == null ? null : cipher.decrypt(source.clientSecret),
                            credentials == null ? null : credentials.clientSecret());
            if (!same) {
                throw new Conflict(Message.of("detail.source-exists-otherwise", input.code()));
            }
            return new Creation<>(new Versioned<>(view(source), source.version), false);
        }
        FederationSource source = new FederationSource();
        source.code = input.code();
        source.name = input.name().strip();
        source.baseUrl = baseUrl;
        source.rootAgencyCode = input.agencyCode().strip();
        source.localParentId = parent.id();
        source.reportYears = years;
        source.credentialsKind = input.kind();
        if (input.kind() == CredentialsKind.OAUTH2_CLIENT) {
            source.tokenUrl = credentials.tokenUrl().strip();
            source.clientId = credentials.clientId().strip();
            source.clientSecret = cipher.encrypt(credentials.clientSecret());
        }
        source.createdAt = clock.now();
        source.updatedAt = source.createdAt;
        sources.persistAndFlush(source);
        return new Creation<>(new Versioned<>(view(source), source.version), true);
    }

    public PageOf<SourceView> list(PageRequest paging) {
        return new PageOf<>(sources.page(paging.page(), paging.size()).stream().map(this::view).toList(),
                paging.page(), paging.size(), sources.count());
    }

    public Versioned<SourceView> get(String code) {
        FederationSource source = load(code);
        return new Versioned<>(view(source), source.version);
    }

    public PageOf<PullView> pulls(String code, PageRequest paging) {
        FederationSource source = load(code);
        return new PageOf<>(pulls.pageFor(source.id, paging.page(), paging.size()).stream()
                .map(pull -> PullView.of(pull, source.code)).toList(), paging.page(), paging.size(),
                pulls.countFor(source.id));
    }

    public PullView pull(String code, long id) {
        FederationSource source = load(code);
        FederationPull pull = pulls.findByIdOptional(id).filter(candidate -> candidate.sourceId == source.id)
                .orElseThrow(() -> new NotFound(Message.of("detail.no-pull", code, String.valueOf(id))));
        return PullView.of(pull, source.code);
    }

    FederationSource load(String code) {
        return sources.findByCode(code).orElseThrow(() -> new NotFound(Message.of("detail.no-source", code)));
    }

    /** What a pull needs to know of its source, read in one transaction; the secret decrypted. */
    record Settings(long id, String code, String baseUrl, String rootAgencyCode, String localParentCode,
            List<Integer> years, RemoteSession.Credentials credentials) {
    }

    @Transactional
    Settings settings(long id) {
        FederationSource source = sources.findById(id);
        RemoteSession.Credentials credentials = source.credentialsKind == CredentialsKind.OAUTH2_CLIENT
                ? new RemoteSession.Credentials(source.tokenUrl, source.clientId, cipher.decrypt(source.clientSecret))
                : null;
        return new Settings(source.id, source.code, source.baseUrl, source.rootAgencyCode,
                agencies.byId(source.localParentId).code(), years(source), credentials);
    }

    private SourceView view(FederationSource source) {
        return new SourceView(source.code, source.name, source.baseUrl, source.rootAgencyCode,
                agencies.byId(source.localParentId).code(), years(source),
                new SourceView.Credentials(source.credentialsKind, source.tokenUrl, source.clientId,
                        source.clientSecret != null),
                source.createdAt, source.updatedAt);
    }

    private static List<Integer> years(FederationSource source) {
        return Arrays.stream(source.reportYears.split(",")).map(Integer::valueOf).toList();
    }

    private static boolean isHttpUrl(String value) {
        try {
            URI uri = new URI(value);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
