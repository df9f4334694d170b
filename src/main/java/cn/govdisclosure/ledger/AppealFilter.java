package cn.govdisclosure.ledger;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.AppealResult;

/** The filters of the appeal list; every one is optional. */
public class AppealFilter {

    @QueryParam("filedYear")
    @Min(1900)
    @Max(9999)
    @Parameter(description = "Filed in this calendar year")
    Integer filedYear;

    @QueryParam("kind")
    @Parameter(description = "A case kind code")
    AppealKind kind;

    @QueryParam("result")
    @Parameter(description = "A result code")
    AppealResult result;

    Criteria criteria() {
        return new Criteria(filedYear, kind, result);
    }

    record Criteria(Integer filedYear, AppealKind kind, AppealResult result) {
    }
}
