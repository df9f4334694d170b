package cn.govdisclosure.access;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.agency.AgencyService;
import cn.govdisclosure.platform.Caller;
import cn.govdisclosure.platform.Forbidden;
import cn.govdisclosure.platform.Message;
import cn.govdisclosure.platform.Roles;

/**
 * The agency-scoped access rules. A caller acts for the agencies of its token and everything below
 * them; an admin acts for all. Acting outside one's agencies is a 403, never a 404 or the data.
 */
@RequestScoped
public class AccessPolicy {

    /** Every role that may read an agency's records. */
    static final String[] READERS = {Roles.VIEWER, Roles.CLERK, Roles.EDITOR, Roles.PUBLISHER, Roles.ADMIN};

    private final Caller caller;
    private final AgencyService agencies;
    private List<String> coveredPaths;

    AccessPolicy(Caller caller, AgencyService agencies) {
        this.caller = caller;
        this.agencies = agencies;
    }

    /** The agency, if the caller may read its records. */
    public AgencyRef readable(String agencyCode) {
        return permitted(agencyCode, READERS);
    }

    /** Checks that the caller may read the records of this agency. */
    public void requireReadable(AgencyRef agency) {
        require(agency, READERS);
    }

    /** The agency, if the caller has one of the roles and acts for it. */
    public AgencyRef permitted(String agencyCode, String... roles) {
        requireAuthenticated();
        AgencyRef agency = agencies.require(agencyCode);
        require(agency, roles);
        return agency;
    }

    /**
     * The agency, if the caller has one of the roles, acts for it, and its records are kept here: an agency pulled
     * from a federation source is read-only (409 naming the source).
     */
    public AgencyRef writable(String agencyCode, String... roles) {
        AgencyRef agency = permitted(agencyCode, roles);
        agency.requireLocal();
        return agency;
    }

    /** Checks that the caller has one of the roles (admin always qualifies) and acts for the agency. */
    public void require(AgencyRef agency, String... roles) {
        requireAuthenticated();
        if (!caller.has(Roles.ADMIN) && !caller.hasAny(roles)) {
            throw new Forbidden(Message.of("detail.needs-roles", List.of(roles)));
        }
        if (!covers(agency)) {
            throw new Forbidden(Message.of("detail.not-your-agency", agency.code()));
        }
    }

    /**
     * The tree paths of the subtrees whose records the caller may read: {@code "/"} (every agency) for an
     * admin, otherwise the paths of the agencies its token names (unknown codes are skipped).
     */
    public List<String> readableTreePaths() {
        requireAuthenticated();
        if (caller.has(Roles.ADMIN)) {
            return List.of("/");
        }
        if (!caller.hasAny(READERS)) {
            throw new Forbidden(Message.of("detail.needs-roles", List.of(READERS)));
        }
        return agencies.treePathsOf(caller.agencyCodes());
    }

    public void requireAdmin() {
        caller.requireAdmin();
    }

    /** Whether the caller may read the records of this agency (no exception: for endpoints with a public fallback). */
    public boolean mayRead(AgencyRef agency) {
        return !caller.isAnonymous() && (caller.has(Roles.ADMIN) || caller.hasAny(READERS)) && covers(agency);
    }

    /** Whether the caller may read the records of the agency with this code; false for an unknown code. */
    public boolean mayRead(String agencyCode) {
        if (caller.isAnonymous()) {
            return false;
        }
        return agencies.find(agencyCode).map(this::mayRead).orElse(false);
    }

    public boolean isAnonymous() {
        return caller.isAnonymous();
    }

    public boolean isAdmin() {
        return caller.has(Roles.ADMIN);
    }

    /** Whether the caller may see applicants' personal data of the agency: its clerks and admins. */
    public boolean seesPersonalData(AgencyRef agency) {
        return caller.has(Roles.ADMIN) || (caller.has(Roles.CLERK) && covers(agency));
    }

    /** Whom a response about the agency's applications is shown to: its clerks and admins see personal data. */
    public Audience audienceFor(AgencyRef agency) {
        return seesPersonalData(agency) ? Audience.personalData(caller.name()) : Audience.masked();
    }

    public String callerName() {
        return caller.name();
    }

    private boolean covers(AgencyRef agency) {
        if (caller.has(Roles.ADMIN) || caller.agencyCodes().contains(agency.code())) {
            return true;
        }
        if (coveredPaths == null) {
            coveredPaths = agencies.treePathsOf(caller.agencyCodes());
        }
        return coveredPaths.stream().anyMatch(path -> agency.treePath().startsWith(path));
    }

    private void requireAuthenticated() {
        caller.requireAuthenticated();
    }
}
