package cn.govdisclosure.platform;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page} and {@code size} query parameters shared by every collection. */
public class PageRequest {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    /** The last page whose first item still has an int offset. */
    static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    @QueryParam("page")
    @Min(0)
    @Max(MAX_PAGE)
    @Parameter(description = "0-based page number (default 0)")
    Integer page;

    @QueryParam("size")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(description = "Items per page (default " + DEFAULT_SIZE + ", at most " + MAX_SIZE + ")")
    Integer size;

    public static PageRequest of(int page, int size) {
        PageRequest request = new PageRequest();
        request.page = page;
        request.size = size;
        return request;
    }

    public int page() {
        return page == null ? 0 : page;
    }

    public int size() {
        return size == null ? DEFAULT_SIZE : size;
    }
}
