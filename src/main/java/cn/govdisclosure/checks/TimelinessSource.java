package cn.govdisclosure.checks;

import java.math.BigDecimal;
import java.util.Optional;

import cn.govdisclosure.agency.AgencyRef;
import cn.govdisclosure.statistics.Scope;

/**
 * Where the TEXT rule learns the 办结及时率 of a year (applications concluded within their legal deadline ÷
 * applications concluded, as a percentage). Implemented by the deadline calculator when it is present; without an
 * implementation the TEXT rule only checks that a quoted rate is at most 100%.
 */
public interface TimelinessSource {

    Optional<BigDecimal> timelinessPercent(AgencyRef agency, int year, Scope scope);
}
