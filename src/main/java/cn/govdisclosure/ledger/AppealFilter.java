package cn.govdisclosure.ledger;

import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

import cn.govdisclosure.format.AppealKind;
import cn.govdisclosure.format.AppealResult;
import cn.govdisclosure.platform.QueryParams;

/** The filters of the appeal list; every one is optional. */
public class AppealFilter {

    @QueryParam("filedYear")
    @Parameter(description = "Filed in this calendar year")
    String filedYear;

    @QueryParam("kind")
    @Parameter(description = "A case kind code")
    String kind;

    @QueryParam("result")
    @Parameter(description = "A result code")
    String result;

    Criteria criteria() {
        return new Criteria(QueryParams.year("filedYear", filedYear), QueryParams.code(AppealKind.class, "kind", kind),
                QueryParams.code(AppealResult.class, "result", result));
    }

    record Criteria(Integer filedYear, AppealKind kind, AppealResult result) {
    }
}
